; Removes the .omnimap association on uninstall, but only if it still points at Omnimap.
ReadRegStr $0 SHCTX "Software\Classes\.omnimap" ""
StrCmp $0 "Omnimap.Project" 0 +2
DeleteRegKey SHCTX "Software\Classes\.omnimap"
DeleteRegKey SHCTX "Software\Classes\Omnimap.Project"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
