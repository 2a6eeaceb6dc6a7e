# Packaging: the data files' install rules, the icons rendered from one SVG, and the
# CPack generators (Linux: DEB + TGZ; Windows: NSIS + ZIP; macOS: DragNDrop).
# Included at the end of the top-level CMakeLists.txt, after every target exists.
# `cmake --build build --target package` makes the packages; tests/package checks them.
include(GNUInstallDirs)

set(OMNIMAP_APP_ID io.omnimap.Omnimap)
set(OMNIMAP_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})
# The application icon lives with the app's icon theme (resources/icons/omnimap).
set(OMNIMAP_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/omnimap/scalable/${OMNIMAP_APP_ID}.svg)
set(OMNIMAP_ICON_DIR ${CMAKE_BINARY_DIR}/installer/icons)

# --- Icons: PNG (freedesktop theme sizes), ICO and ICNS, rendered at build time ---------
add_executable(omnimap-render-icons ${OMNIMAP_INSTALLER_DIR}/icons/rendericons.cpp)
target_link_libraries(omnimap-render-icons PRIVATE Qt6::Gui Qt6::Svg)
omnimap_strict(omnimap-render-icons)

set(OMNIMAP_ICON_SIZES 16 32 48 64 128 256)
set(OMNIMAP_ICON_OUTPUTS ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.ico ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.icns)
foreach(size IN LISTS OMNIMAP_ICON_SIZES)
    list(APPEND OMNIMAP_ICON_OUTPUTS ${OMNIMAP_ICON_DIR}/hicolor/${size}x${size}/apps/${OMNIMAP_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${OMNIMAP_ICON_OUTPUTS}
    COMMAND omnimap-render-icons ${OMNIMAP_ICON_SVG} ${OMNIMAP_ICON_DIR} ${OMNIMAP_APP_ID}
    DEPENDS omnimap-render-icons ${OMNIMAP_ICON_SVG}
    COMMENT "Rendering the application icons from ${OMNIMAP_APP_ID}.svg"
    VERBATIM)
add_custom_target(omnimap_icons ALL DEPENDS ${OMNIMAP_ICON_OUTPUTS})

# The app shows the same SVG in its windows and the About dialog: it is compiled in with
# the icon theme (src/app/CMakeLists.txt).

# --- Where the data goes on each platform -----------------------------------------------
if(APPLE)
    set(OMNIMAP_RESOURCES_DEST omnimap.app/Contents/Resources)
    set(OMNIMAP_SAMPLES_DEST ${OMNIMAP_RESOURCES_DEST}/samples)
    set(OMNIMAP_DOCS_DEST ${OMNIMAP_RESOURCES_DEST}/docs)
elseif(WIN32)
    set(OMNIMAP_SAMPLES_DEST samples)
    set(OMNIMAP_DOCS_DEST docs)
else()
    set(OMNIMAP_SAMPLES_DEST ${CMAKE_INSTALL_DATADIR}/omnimap/samples)
    set(OMNIMAP_DOCS_DEST ${CMAKE_INSTALL_DATADIR}/doc/omnimap)
endif()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/samples/
    DESTINATION ${OMNIMAP_SAMPLES_DEST}
    OPTIONAL
    FILES_MATCHING PATTERN "*.omnimap")
# The user guide (opened by Help → User Guide), its images and the format references.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/
    DESTINATION ${OMNIMAP_DOCS_DEST}
    FILES_MATCHING PATTERN "*.md" PATTERN "*.png" PATTERN "*.svg" PATTERN "*.json")
install(FILES ${OMNIMAP_INSTALLER_DIR}/THIRD-PARTY-NOTICES.txt ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${OMNIMAP_DOCS_DEST})

# --- Desktop integration (freedesktop: Linux and the BSDs) ------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${OMNIMAP_INSTALLER_DIR}/${OMNIMAP_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${OMNIMAP_INSTALLER_DIR}/${OMNIMAP_APP_ID}.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${OMNIMAP_INSTALLER_DIR}/${OMNIMAP_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${OMNIMAP_ICON_SVG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(DIRECTORY ${OMNIMAP_ICON_DIR}/hicolor
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
        FILES_MATCHING PATTERN "*.png")
endif()

# --- Windows: executable icon and version, Qt runtime next to the executables -----------
if(WIN32)
    configure_file(${OMNIMAP_INSTALLER_DIR}/windows/omnimap.rc.in ${CMAKE_BINARY_DIR}/installer/omnimap.rc @ONLY)
    target_sources(omnimap PRIVATE ${CMAKE_BINARY_DIR}/installer/omnimap.rc)
    set_source_files_properties(${CMAKE_BINARY_DIR}/installer/omnimap.rc TARGET_DIRECTORY omnimap
        PROPERTIES OBJECT_DEPENDS ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.ico)
    add_dependencies(omnimap omnimap_icons)
endif()

# --- macOS: bundle icon and Info.plist with the .omnimap document type ------------------
if(APPLE)
    set(OMNIMAP_ICNS ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.icns)
    target_sources(omnimap PRIVATE ${OMNIMAP_ICNS})
    set_source_files_properties(${OMNIMAP_ICNS} TARGET_DIRECTORY omnimap
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
    add_dependencies(omnimap omnimap_icons)
    set_target_properties(omnimap PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${OMNIMAP_INSTALLER_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Omnimap
        MACOSX_BUNDLE_GUI_IDENTIFIER ${OMNIMAP_APP_ID}
        MACOSX_BUNDLE_ICON_FILE ${OMNIMAP_APP_ID}.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
endif()

# On Windows and macOS the packages carry Qt (windeployqt / macdeployqt through Qt's
# deployment API); on Linux Qt comes from the distribution's packages.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_app_script(TARGET omnimap OUTPUT_SCRIPT OMNIMAP_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET omnimap FILENAME_VARIABLE OMNIMAP_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${OMNIMAP_DEPLOY_SCRIPT})
endif()

# --- CPack --------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME omnimap)
set(CPACK_PACKAGE_VENDOR "Omnimap")
set(CPACK_PACKAGE_CONTACT "Omnimap team <team@omnimap.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Omnimap is where marketing teams plan the journeys their customers take across stores, apps, web, e-mail, social media and the call centre (personas, journey maps, channel roles and KPIs, brand checklists, campaigns), and simulate them against their own customer data, offline. The interface is in English and Korean; omnimap-cli does everything headless.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Omnimap)
set(CPACK_PACKAGE_EXECUTABLES omnimap Omnimap)
# Release builds carry debug information for the developers; the packages do not need it.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/")
# Values reach CPackConfig.cmake exactly as written here (no second level of escaping).
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME omnimap-${PROJECT_VERSION}-windows-x64)
    set(CPACK_NSIS_PACKAGE_NAME Omnimap)
    set(CPACK_NSIS_DISPLAY_NAME "Omnimap ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.ico)
    set(CPACK_NSIS_MUI_UNIICON ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\omnimap.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # NSIS reads forward slashes in !include paths; the scripts run inside the sections.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include \"${OMNIMAP_INSTALLER_DIR}/windows/fileassociation-install.nsh\"")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include \"${OMNIMAP_INSTALLER_DIR}/windows/fileassociation-uninstall.nsh\"")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_PACKAGE_FILE_NAME omnimap-${PROJECT_VERSION}-macos)
    set(CPACK_DMG_VOLUME_NAME Omnimap)
    set(CPACK_PACKAGE_ICON ${OMNIMAP_ICON_DIR}/${OMNIMAP_APP_ID}.icns)
    set(CPACK_DMG_FORMAT UDBZ)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_PACKAGE_FILE_NAME omnimap-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR})
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # omnimap_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps (dpkg-dev) finds the libraries the programs link, with the versions
    # they need. It cannot see what Qt loads at run time (the SVG icon engine) or what the
    # linker dropped as unused so far (charts, printing), so those are named here; without
    # dpkg-shlibdeps the whole list is.
    set(OMNIMAP_DEB_RUNTIME "libqt6charts6 (>= 6.4), libqt6svg6 (>= 6.4), libqt6printsupport6 (>= 6.4)")
    find_program(OMNIMAP_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(OMNIMAP_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "${OMNIMAP_DEB_RUNTIME}")
    else()
        set(CPACK_DEBIAN_PACKAGE_DEPENDS
            "libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), ${OMNIMAP_DEB_RUNTIME}, libsqlite3-0 (>= 3.31)")
    endif()
    # Hangul needs a CJK font; the app still runs (with tofu) without one.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
    # The .desktop, MIME and icon caches are refreshed by dpkg triggers of
    # desktop-file-utils, shared-mime-info and hicolor-icon-theme: no maintainer scripts.
endif()

include(CPack)
