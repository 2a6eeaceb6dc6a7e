# Builds a scratch MIME database from installer/io.omnimap.Omnimap.xml with the real
# update-mime-database, and checks what desktops will read from it: the glob, the
# JSON parent type and the icon.
foreach(var UPDATE_MIME_DATABASE MIME_XML WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "mimetype.cmake: ${var} is not set (update-mime-database comes with shared-mime-info)")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(COPY ${MIME_XML} DESTINATION ${WORK_DIR}/mime/packages)
execute_process(COMMAND ${UPDATE_MIME_DATABASE} -V ${WORK_DIR}/mime
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
if(NOT result EQUAL 0 OR errors MATCHES "[Ee]rror|[Ww]arning|[Uu]nknown")
    message(FATAL_ERROR "update-mime-database rejected ${MIME_XML} (exit ${result}):\n${output}${errors}")
endif()

function(expect_line file pattern)
    file(STRINGS ${WORK_DIR}/mime/${file} lines)
    foreach(line IN LISTS lines)
        if(line MATCHES "${pattern}")
            message(STATUS "${file}: ${line}")
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "${file} has no line matching '${pattern}':\n${lines}")
endfunction()

expect_line(globs2 "^[0-9]+:application/x-omnimap:\\*\\.omnimap$")
expect_line(subclasses "^application/x-omnimap application/json$")
expect_line(icons "^application/x-omnimap:io\\.omnimap\\.Omnimap$")
expect_line(generic-icons "^application/x-omnimap:x-office-document$")
if(NOT EXISTS ${WORK_DIR}/mime/application/x-omnimap.xml)
    message(FATAL_ERROR "update-mime-database wrote no application/x-omnimap.xml")
endif()
