# Build the Windows installer: PyInstaller one-folder build, then Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Sign]
#
# Needs: Python 3.11 (x64) on PATH as `py -3.11`, Inno Setup 6.3 or later (ISCC.exe), and for -Sign
# the Windows SDK's signtool.exe with the council's code-signing certificate installed
# (set $env:YJDESK_SIGN_CERT_SHA1 to its thumbprint and $env:YJDESK_TIMESTAMP_URL to the
# issuer's timestamp service). Output:
#   dist\yjdesk\yjdesk.exe, dist\yjdesk\yjdesk-cli.exe  (the program folder)
#   dist\yjdesk-VERSION-windows-x64-setup.exe           (the installer)
param([switch]$Sign)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python.exe -m pip install -q --upgrade pip
.venv\Scripts\python.exe -m pip install -q -e ".[build]"
$version = (.venv\Scripts\python.exe -c "import yjdesk; print(yjdesk.__version__)").Trim()

# The translations: translations\yjdesk_*.ts -> yjdesk\ui\translations\yjdesk_*.qm (as
# scripts/translations compile does for build-linux); the spec refuses to build without them.
New-Item -ItemType Directory -Force yjdesk\ui\translations | Out-Null
foreach ($ts in Get-ChildItem translations\yjdesk_*.ts) {
  $qm = Join-Path yjdesk\ui\translations ($ts.BaseName + ".qm")
  .venv\Scripts\pyside6-lrelease.exe -silent $ts.FullName -qm $qm
  if ($LASTEXITCODE -ne 0) { throw "pyside6-lrelease failed on $($ts.Name)" }
}

.venv\Scripts\pyinstaller.exe --noconfirm --clean --log-level WARN `
  --distpath dist --workpath build\pyinstaller installers\pyinstaller\yjdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The console twin answers at once: a quick check that the build starts at all.
$env:QT_QPA_PLATFORM = "offscreen"
dist\yjdesk\yjdesk-cli.exe --version
if ($LASTEXITCODE -ne 0) { throw "the frozen build does not start" }
Remove-Item Env:\QT_QPA_PLATFORM

$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
  Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $iscc) { throw "Inno Setup 6.3 or later (ISCC.exe) is not installed" }

$isccArgs = @("/DAppVersion=$version")
if ($Sign) {
  if (-not $env:YJDESK_SIGN_CERT_SHA1) { throw "set YJDESK_SIGN_CERT_SHA1 to sign" }
  # The RFC 3161 timestamp service of the certificate's issuer.
  if (-not $env:YJDESK_TIMESTAMP_URL) { throw "set YJDESK_TIMESTAMP_URL to sign" }
  $ts = $env:YJDESK_TIMESTAMP_URL
  $signtool = "signtool.exe sign /fd sha256 /sha1 $env:YJDESK_SIGN_CERT_SHA1 /tr $ts /td sha256 `$f"
  # Sign the program's own executables before they are packed.
  & signtool.exe sign /fd sha256 /sha1 $env:YJDESK_SIGN_CERT_SHA1 /tr $ts /td sha256 `
    dist\yjdesk\yjdesk.exe dist\yjdesk\yjdesk-cli.exe
  if ($LASTEXITCODE -ne 0) { throw "signing failed" }
  $isccArgs += @("/DSignTool=1", "/Syjdesk=$signtool")
}
& $iscc @isccArgs installers\windows\yjdesk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-Item "dist\yjdesk-$version-windows-x64-setup.exe" | Format-List Name, Length
