# What a sanitizer build's tests run with (scripts/test.sh exports the same for the fuzz
# step). Any finding aborts the test. Leak checking is off: Qt and fontconfig keep caches
# for the life of the process that LeakSanitizer would report (docs/robustness.md).
# Qt Test's own watchdog (300 s per test function by default) is stretched like CTest's
# timeout: test_experiment_data's false-positive-rate simulation alone took over 200 s
# sanitized under load, and the watchdog aborted it.
set(OMNIMAP_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allocator_may_return_null=1"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
    "QTEST_FUNCTION_TIMEOUT=1200000")

# In a sanitizer build every test of the calling folder — omnimap_add_test()'s and those
# added with add_test() (CLI checks, screenshots, the browser, the warehouse servers) —
# gets 4× its TIMEOUT and the sanitizer settings, once that folder's CMakeLists.txt is
# done. ASan + UBSan make Omnimap's own code 2–4× slower (test_sim: 90 s → over 240 s);
# the timeout still catches a hang, just later. omnimap_add_test() calls this itself.
function(omnimap_sanitizer_test_settings)
    if(NOT OMNIMAP_SANITIZE)
        return()
    endif()
    get_property(scheduled DIRECTORY PROPERTY OMNIMAP_SANITIZER_SETTINGS_SCHEDULED)
    if(NOT scheduled)
        set_property(DIRECTORY PROPERTY OMNIMAP_SANITIZER_SETTINGS_SCHEDULED TRUE)
        cmake_language(DEFER CALL _omnimap_apply_sanitizer_test_settings)
    endif()
endfunction()

function(_omnimap_apply_sanitizer_test_settings)
    get_property(tests DIRECTORY PROPERTY TESTS)
    foreach(test IN LISTS tests)
        get_test_property(${test} TIMEOUT timeout)
        if(timeout)
            math(EXPR timeout "${timeout} * 4")
            set_tests_properties(${test} PROPERTIES TIMEOUT ${timeout})
        endif()
        set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT ${OMNIMAP_SANITIZER_ENV})
    endforeach()
endfunction()

# omnimap_add_test(<name> SOURCES <files…> LIBRARIES <targets…> [TIMEOUT <s>] [LABELS <l…>])
# One Qt Test program per area. Every test runs offscreen, with Qt's crash handler off
# (it can deadlock on abort in Qt 6.4) and a timeout so a hang fails instead of blocking CI.
function(omnimap_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    omnimap_strict(${name})
    target_compile_definitions(${name} PRIVATE
        OMNIMAP_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        OMNIMAP_SHARED_DIR="${OMNIMAP_SHARED_DIR}"
        OMNIMAP_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTEST_DISABLE_STACK_DUMP=1;LC_ALL=C.UTF-8")
    omnimap_sanitizer_test_settings()
endfunction()
