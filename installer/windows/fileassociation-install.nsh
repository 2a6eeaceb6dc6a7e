; Registers .omnimap project files with Omnimap (included by CPack's NSIS script, inside
; the install section). The ProgID names the program; Explorer is told to refresh.
WriteRegStr SHCTX "Software\Classes\.omnimap" "" "Omnimap.Project"
WriteRegStr SHCTX "Software\Classes\.omnimap" "Content Type" "application/x-omnimap"
WriteRegStr SHCTX "Software\Classes\Omnimap.Project" "" "Omnimap customer journey project"
WriteRegStr SHCTX "Software\Classes\Omnimap.Project\DefaultIcon" "" "$INSTDIR\bin\omnimap.exe,0"
WriteRegStr SHCTX "Software\Classes\Omnimap.Project\shell\open\command" "" '"$INSTDIR\bin\omnimap.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
