# The package test: runs CPack on the build tree, then checks the .deb the way a user
# meets it: its control data (dpkg-deb -I), its files (dpkg -x into a scratch root), the
# programs run from that root, the bundled samples validate, the desktop metadata agrees
# with itself (appstreamcli validate-tree). The .tar.gz is checked the same, briefly.
#
# cmake -DBINARY_DIR=… -DSOURCE_DIR=… -DVERSION=… -DWORK_DIR=… [-DAPPSTREAMCLI=…] -P packagetest.cmake
foreach(var BINARY_DIR SOURCE_DIR VERSION WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "packagetest.cmake: ${var} is not set")
    endif()
endforeach()

function(run)
    cmake_parse_arguments(ARG "" "OUTPUT" "COMMAND;ENV" ${ARGN})
    execute_process(COMMAND ${CMAKE_COMMAND} -E env ${ARG_ENV} ${ARG_COMMAND}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        string(REPLACE ";" " " shown "${ARG_COMMAND}")
        message(FATAL_ERROR "failed (exit ${result}): ${shown}\n${output}\n${errors}")
    endif()
    if(ARG_OUTPUT)
        set(${ARG_OUTPUT} "${output}${errors}" PARENT_SCOPE)
    endif()
endfunction()

function(expect text pattern what)
    if(NOT text MATCHES "${pattern}")
        message(FATAL_ERROR "${what}: expected to match '${pattern}', got:\n${text}")
    endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# --- Build the .deb ------------------------------------------------------------------
run(COMMAND cpack -G DEB --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}/out)
file(GLOB debs ${WORK_DIR}/out/omnimap_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    file(GLOB made ${WORK_DIR}/out/*)
    message(FATAL_ERROR "expected one omnimap_${VERSION}_<arch>.deb, found: ${made}")
endif()
message(STATUS "package: ${debs}")

# --- Control data --------------------------------------------------------------------
run(COMMAND dpkg-deb -I ${debs} OUTPUT info)
message(STATUS "dpkg-deb -I:\n${info}")
expect("${info}" "\n Package: omnimap\n" "package name")
expect("${info}" "\n Version: ${VERSION}\n" "package version")
string(REGEX MATCH "\n Depends: [^\n]*" depends "${info}")
foreach(dependency libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 libqt6printsupport6 libsqlite3-0 libstdc\\+\\+6)
    expect("${depends}" "[ ,]${dependency} \\(>= [0-9]" "Depends lists ${dependency} with a version")
endforeach()
if(depends MATCHES "libqt6test6|-dev[ ,]")
    message(FATAL_ERROR "Depends names a test or development package:${depends}")
endif()
expect("${info}" "\n Recommends: fonts-noto-cjk\n" "Recommends")

# --- Files ---------------------------------------------------------------------------
set(root ${WORK_DIR}/root)
run(COMMAND dpkg -x ${debs} ${root})
set(expected_files
    usr/bin/omnimap
    usr/bin/omnimap-cli
    usr/libexec/omnimap/omnimap-cli-full
    usr/share/applications/io.omnimap.Omnimap.desktop
    usr/share/mime/packages/io.omnimap.Omnimap.xml
    usr/share/metainfo/io.omnimap.Omnimap.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/io.omnimap.Omnimap.svg
    usr/share/doc/omnimap/THIRD-PARTY-NOTICES.txt
    usr/share/doc/omnimap/LICENSE
    usr/share/doc/omnimap/user-guide.md)
foreach(size 16 32 48 64 128 256)
    list(APPEND expected_files usr/share/icons/hicolor/${size}x${size}/apps/io.omnimap.Omnimap.png)
endforeach()
foreach(file IN LISTS expected_files)
    if(NOT EXISTS ${root}/${file})
        message(FATAL_ERROR "the package lacks /${file}")
    endif()
endforeach()
# Only the two programs go to bin (no test programs or build tools).
file(GLOB programs RELATIVE ${root}/usr/bin ${root}/usr/bin/*)
list(SORT programs)
if(NOT programs STREQUAL "omnimap;omnimap-cli")
    message(FATAL_ERROR "usr/bin should hold omnimap and omnimap-cli only, holds: ${programs}")
endif()
# Nothing may point back into the build tree, and debug information stays out.
foreach(program omnimap omnimap-cli)
    execute_process(COMMAND readelf -d -S ${root}/usr/bin/${program} OUTPUT_VARIABLE sections RESULT_VARIABLE readelf_result)
    if(readelf_result EQUAL 0)
        # Qt's project setup adds $ORIGIN-relative run paths (harmless); absolute ones
        # would load libraries from the build machine.
        string(REGEX MATCH "R(UN)?PATH\\)[^\n]*\\[([^]]*)\\]" runpath "${sections}")
        string(REPLACE ":" ";" runpath_entries "${CMAKE_MATCH_2}")
        foreach(entry IN LISTS runpath_entries)
            if(NOT entry MATCHES "^\\$ORIGIN")
                message(FATAL_ERROR "${program} has an absolute run path: ${entry}")
            endif()
        endforeach()
        if(sections MATCHES "\\.debug_info")
            message(FATAL_ERROR "${program} is not stripped")
        endif()
    endif()
endforeach()

# --- The programs run from the scratch root ------------------------------------------
run(COMMAND ${root}/usr/bin/omnimap-cli --version OUTPUT cli_version)
expect("${cli_version}" "^omnimap-cli ${VERSION}\n" "omnimap-cli --version")
run(COMMAND ${root}/usr/bin/omnimap --version OUTPUT app_version ENV QT_QPA_PLATFORM=offscreen)
expect("${app_version}" "Omnimap ${VERSION}" "omnimap --version")

# --- Samples: all of resources/samples, and every one validates -----------------------
file(GLOB source_samples RELATIVE ${SOURCE_DIR}/resources/samples ${SOURCE_DIR}/resources/samples/*.omnimap)
file(GLOB installed_samples ${root}/usr/share/omnimap/samples/*.omnimap)
list(LENGTH source_samples source_count)
list(LENGTH installed_samples installed_count)
if(NOT source_count EQUAL installed_count)
    message(FATAL_ERROR "resources/samples has ${source_count} samples, the package ${installed_count}")
endif()
if(installed_count GREATER 0)
    run(COMMAND ${root}/usr/bin/omnimap-cli validate ${installed_samples} OUTPUT validated)
    message(STATUS "validate:\n${validated}")
else()
    message(STATUS "resources/samples holds no .omnimap files yet: nothing to validate")
endif()

# The light omnimap-cli runs `export` through omnimap-cli-full under libexec (issue 22).
if(installed_count GREATER 0)
    list(GET installed_samples 0 first_sample)
    run(COMMAND ${root}/usr/bin/omnimap-cli export ${first_sample} --json ${WORK_DIR}/exported.json)
    if(NOT EXISTS ${WORK_DIR}/exported.json)
        message(FATAL_ERROR "omnimap-cli export from the package wrote no JSON plan")
    endif()
endif()

# --- Desktop metadata as installed: .desktop, metainfo and icons agree -----------------
if(APPSTREAMCLI)
    run(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${root} OUTPUT tree)
    message(STATUS "appstreamcli validate-tree:\n${tree}")
endif()

# --- The portable tar.gz --------------------------------------------------------------
run(COMMAND cpack -G TGZ --config ${BINARY_DIR}/CPackConfig.cmake -B ${WORK_DIR}/tgz)
file(GLOB archives ${WORK_DIR}/tgz/omnimap-${VERSION}-linux-*.tar.gz)
list(LENGTH archives archive_count)
if(NOT archive_count EQUAL 1)
    message(FATAL_ERROR "expected one omnimap-${VERSION}-linux-<arch>.tar.gz, found: ${archives}")
endif()
file(MAKE_DIRECTORY ${WORK_DIR}/portable)
run(COMMAND ${CMAKE_COMMAND} -E chdir ${WORK_DIR}/portable ${CMAKE_COMMAND} -E tar xzf ${archives})
file(GLOB portable_cli ${WORK_DIR}/portable/omnimap-${VERSION}-linux-*/bin/omnimap-cli)
if(NOT portable_cli)
    message(FATAL_ERROR "the tar.gz has no <top>/bin/omnimap-cli")
endif()
run(COMMAND ${portable_cli} --version OUTPUT portable_version)
expect("${portable_version}" "^omnimap-cli ${VERSION}\n" "omnimap-cli --version from the tar.gz")
get_filename_component(portable_top ${portable_cli} DIRECTORY)
get_filename_component(portable_top ${portable_top} DIRECTORY)
foreach(file share/applications/io.omnimap.Omnimap.desktop share/doc/omnimap/THIRD-PARTY-NOTICES.txt)
    if(NOT EXISTS ${portable_top}/${file})
        message(FATAL_ERROR "the tar.gz lacks ${file}")
    endif()
endforeach()
message(STATUS "package test passed: ${debs} and ${archives}")
