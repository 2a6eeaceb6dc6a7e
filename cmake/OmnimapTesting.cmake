# omnimap_add_test(<name> SOURCES <files…> LIBRARIES <targets…> [TIMEOUT <s>] [LABELS <l…>])
# One Qt Test program per area. Every test runs offscreen, with Qt's crash handler off
# (it can deadlock on abort in Qt 6.4) and a timeout so a hang fails instead of blocking CI.
function(omnimap_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(OMNIMAP_SANITIZE)
        # ASan + UBSan make Omnimap's own code 2–4× slower (test_sim: 90 s → over 240 s);
        # the timeout still catches a hang, just later.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 4")
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
endfunction()
