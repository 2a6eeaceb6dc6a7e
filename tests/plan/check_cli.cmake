# Runs `omnimap-cli check` on one file and checks its exit code and output.
# cmake -DCLI=… -DFILE=… -DEXPECTED_EXIT=0|1 -DEXPECTED_OUTPUT=<regex> [-DFORMAT=json] -P check_cli.cmake
if(NOT FORMAT)
    set(FORMAT text)
endif()
execute_process(COMMAND ${CLI} check ${FILE} --format ${FORMAT}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE output ERROR_VARIABLE errors)
message("${output}${errors}")
if(NOT exit_code EQUAL EXPECTED_EXIT)
    message(FATAL_ERROR "omnimap-cli check ${FILE}: exit ${exit_code}, expected ${EXPECTED_EXIT}")
endif()
if(NOT output MATCHES "${EXPECTED_OUTPUT}")
    message(FATAL_ERROR "omnimap-cli check ${FILE}: output does not match '${EXPECTED_OUTPUT}'")
endif()
