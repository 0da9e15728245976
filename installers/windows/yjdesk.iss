; Inno Setup script for the yjdesk desktop app on Windows (Inno Setup 6.3+).
; Built by installers\windows\build.ps1 after PyInstaller has made dist\yjdesk\.
;
;   iscc /DAppVersion=0.1.0 installers\windows\yjdesk.iss
;
; * Per-machine install into Program Files (needs administrator rights), a Start-menu
;   entry, an optional desktop shortcut, and an uninstaller in Apps & features.
; * Deployment (SCCM, Intune, a script):
;     yjdesk-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /CONFIG=\\fileserver\it\yjdesk\config.json
;   copies the machine-wide settings (server address, CA bundle, locked keys) to
;   %PROGRAMDATA%\yjdesk\config.json (see docs\deploy.md). An upgrade is the same command
;   with the newer installer: it replaces the program and keeps every setting and record.
; * The uninstaller keeps user data (each user's encrypted records in
;   %LOCALAPPDATA%\yjdesk) and the machine-wide config unless asked: interactively it asks
;   the person uninstalling about *their* data (default No); silently it deletes nothing
;   unless given /PURGEUSERDATA=1 (that user's data) or /PURGECONFIG=1 (machine config).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "yjdesk"
#define AppExe "yjdesk.exe"
#define DistDir "..\..\dist\yjdesk"

[Setup]
AppId={{6F0B5A7E-2C1D-4E8B-9A41-7D3C2B1E5F60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=yjdesk
AppComments=Offline-first case management for youth justice services
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
RestartApplications=no
; Sign the installer and uninstaller when build.ps1 defines a sign tool named "yjdesk"
; (iscc /Syjdesk="signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a $f").
#ifdef SignTool
SignTool=yjdesk
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Dirs]
; The machine-wide config folder: administrators write it, users only read it.
Name: "{commonappdata}\{#AppName}"; Permissions: users-readexec

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Youth justice case management"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the program folder's contents (old libraries must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function ConfigFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\{#AppName}\config.json');
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Source: String;
begin
  if CurStep = ssPostInstall then
  begin
    Source := ExpandConstant('{param:CONFIG|}');
    if Source <> '' then
    begin
      if not FileCopy(Source, ConfigFile(), False) then
        RaiseException('Cannot copy the machine-wide config from ' + Source);
      Log('Copied machine-wide config from ' + Source);
    end;
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  PurgeUser: Boolean;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    PurgeUser := ExpandConstant('{param:PURGEUSERDATA|0}') = '1';
    if (not PurgeUser) and (not UninstallSilent()) then
      PurgeUser := MsgBox('Also delete your yjdesk records on this computer?' + #13#10 + #13#10 +
        'They are encrypted. Anything not yet synced with the server would be lost. ' +
        'Other people''s records on this computer are not touched.',
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
    if PurgeUser then
      DelTree(ExpandConstant('{localappdata}\{#AppName}'), True, True, True);
    if ExpandConstant('{param:PURGECONFIG|0}') = '1' then
      DelTree(ExpandConstant('{commonappdata}\{#AppName}'), True, True, True);
  end;
end;
