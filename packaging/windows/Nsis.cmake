# CPack NSIS configuration for Windows. Not buildable on the Linux CI: see README "Building on Windows".
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_PACKAGE_NAME "SLP Console")
set(CPACK_NSIS_DISPLAY_NAME "SLP Console ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/slpconsole.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_SOURCE_DIR}/windows/slpconsole.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\slpconsole.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
# Start-menu entry for the console.
set(CPACK_PACKAGE_EXECUTABLES "slpconsole" "SLP Console")
set(CPACK_NSIS_MENU_LINKS "bin/slpconsole.exe" "SLP Console")

# File associations: RUM usage reports and CSSM acknowledgements open in the console, which detects
# the type from the content. The uninstaller removes exactly what the installer wrote.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.slprum' '' 'SlpConsole.RumReport'
    WriteRegStr HKCR 'SlpConsole.RumReport' '' 'Smart Licensing usage report'
    WriteRegStr HKCR 'SlpConsole.RumReport\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\slpconsole.exe,0'
    WriteRegStr HKCR 'SlpConsole.RumReport\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\slpconsole.exe\\\" \\\"%1\\\"'
    WriteRegStr HKCR '.slpack' '' 'SlpConsole.Ack'
    WriteRegStr HKCR 'SlpConsole.Ack' '' 'Smart Licensing acknowledgement'
    WriteRegStr HKCR 'SlpConsole.Ack\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\slpconsole.exe,0'
    WriteRegStr HKCR 'SlpConsole.Ack\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\slpconsole.exe\\\" \\\"%1\\\"'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR '.slprum'
    DeleteRegKey HKCR 'SlpConsole.RumReport'
    DeleteRegKey HKCR '.slpack'
    DeleteRegKey HKCR 'SlpConsole.Ack'
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, i 0, i 0)'
")
