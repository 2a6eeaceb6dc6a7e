# Fails when a user-visible string in the sources has no entry in a .ts file, i.e. when it
# would show in English in the Korean UI. lupdate (the tool that finds the strings) runs on
# a copy of each .ts, so the committed files are never rewritten by the test; a string is
# "new" when the copy gains an entry for it.
# Usage: cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -DTS_FILES="a.ts;b.ts" -P check_sources_translated.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/ui/*.ui")
file(MAKE_DIRECTORY "${WORK_DIR}")
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")
set(failed "")
# lupdate reads tr() of classes only: a file-local `QString tr(const char *t) { return
# QCoreApplication::translate("ctx", t); }` hides every string passed to it, which then
# show in English in the Korean UI unless kept in the .ts by hand under the right context.
foreach(source IN LISTS sources)
    file(READ "${source}" text)
    if(text MATCHES "QString [A-Za-z_]+\\(const char \\*[A-Za-z_]+[^)]*\\)[ \n]*{[ \n]*return Q[A-Za-z]*Application::translate\\(\"")
        list(APPEND failed "${source}: a free translation helper; use struct CheckSourcesTranslatedTr { Q_DECLARE_TR_FUNCTIONS(context) }; and CheckSourcesTranslatedTr::tr(\"…\")\n")
    endif()
endforeach()
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" "@${WORK_DIR}/sources.lst" -no-obsolete -locations none -ts "${copy}"
        OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
    endif()
    string(REGEX MATCH "Found ([0-9]+) source text\\(s\\) \\(([0-9]+) new" found "${out}")
    if(NOT found)
        message(FATAL_ERROR "unexpected lupdate output: ${out}")
    endif()
    message(STATUS "${name}: ${CMAKE_MATCH_1} strings in the sources, ${CMAKE_MATCH_2} without an entry")
    if(NOT CMAKE_MATCH_2 EQUAL 0)
        # Name the missing strings: in the copy they are the entries lupdate just added.
        file(READ "${copy}" content)
        string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\">" added "${content}")
        list(APPEND failed "${name}: ${CMAKE_MATCH_2} string(s) missing:\n${added}")
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "${failed}\nAdd them (with a Korean translation) to translations/*.ts.")
endif()
