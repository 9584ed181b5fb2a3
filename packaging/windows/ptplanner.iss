; Inno Setup script: a Windows installer for the bundle PyInstaller made in dist\ptplanner.
;   pyinstaller --noconfirm packaging\ptplanner.spec      (from the repository root, on Windows)
;   iscc packaging\windows\ptplanner.iss                   (Inno Setup 6; writes dist\ptplanner-VERSION-setup.exe)
; Installing a newer version over an older one updates it in place (same AppId). The uninstaller
; removes the program and its Start-menu entry, never the data in %LOCALAPPDATA%\ptplanner.
; Not yet built or tested on Windows.

; The version: equal to ptplanner/__init__.py's (tests/test_desktop_bundle.py checks), or iscc /DAppVersion=...
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C2B4E-8A37-4D0B-9C51-2E7A1B3F9D60}
AppName=ptplanner
AppVersion={#AppVersion}
AppPublisher=ptplanner
AppComments=Staged home-exercise programs and patient handouts for physical therapists
DefaultDirName={autopf}\ptplanner
DefaultGroupName=ptplanner
DisableProgramGroupPage=yes
; For everyone (administrator) or, if the user chooses, just for them: no administrator needed.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\assets\icons\ptplanner.ico
UninstallDisplayIcon={app}\ptplanner.exe
UninstallDisplayName=ptplanner
; A running ptplanner is asked to close before its files are replaced.
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=ptplanner-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder's contents, so no file of the old version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\ptplanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ptplanner"; Filename: "{app}\ptplanner.exe"; Comment: "Home-exercise programs and handouts"
Name: "{group}\Uninstall ptplanner"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ptplanner"; Filename: "{app}\ptplanner.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ptplanner.exe"; Description: "{cm:LaunchProgram,ptplanner}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the clinic's data (%LOCALAPPDATA%\ptplanner) stays when ptplanner is removed.
