; SPDX-License-Identifier: GPL-3.0-or-later
; NSIS installer of PES Desktop for Windows (64-bit). Not built by CI: see
; docs/packaging.md ("Windows") for the steps. Run make-installer.ps1, which
; stages the files with windeployqt and then calls:
;   makensis /DVERSION=0.1.0 /DSTAGE=<stage folder> packaging\windows\pes-desktop.nsi
Unicode true
!include "MUI2.nsh"
!include "x64.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass /DSTAGE=<folder holding pes-desktop.exe, pes.exe and what windeployqt added>"
!endif

!define APP_NAME "PES Desktop"
!define APP_ID "org.pes.PesDesktop"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "pes-desktop-${VERSION}-windows-x64-setup.exe"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "Software\${APP_ID}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!define MUI_ICON "${STAGE}\pes-desktop.ico"
!define MUI_UNICON "${STAGE}\pes-desktop.ico"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "..\..\LICENSES\GPL-3.0-or-later.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\pes-desktop.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Annuaire et échanges d'un réseau de l'économie solidaire"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "GPL-3.0-or-later"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "PES Desktop needs a 64-bit Windows."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "PES Desktop" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Everything windeployqt gathered: executables, Qt DLLs, plugins, QML modules.
  File /r "${STAGE}\*.*"

  WriteRegStr HKLM "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "The PES Desktop developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\pes-desktop.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1

  ; Backup files open in PES Desktop.
  WriteRegStr HKCR ".pesbackup" "" "${APP_ID}.Backup"
  WriteRegStr HKCR "${APP_ID}.Backup" "" "Sauvegarde PES Desktop"
  WriteRegStr HKCR "${APP_ID}.Backup\DefaultIcon" "" "$INSTDIR\pes-desktop.exe,0"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\pes-desktop.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
SectionEnd

Section "Uninstall"
  SetRegView 64
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; The replica lives in the user's AppData and is never removed here.
  RMDir /r "$INSTDIR"
  DeleteRegKey HKCR ".pesbackup"
  DeleteRegKey HKCR "${APP_ID}.Backup"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP_ID}"
SectionEnd
