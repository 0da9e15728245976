#!/usr/bin/env bash
# Build, sign, notarise and package yjdesk for macOS: dist/yjdesk.app and
# dist/yjdesk-VERSION-macos-ARCH.dmg. Run on a Mac (Xcode command line tools installed).
#
#   installers/macos/build.sh                 # unsigned build + dmg (for testing only)
#   YJDESK_CODESIGN_IDENTITY="Developer ID Application: Example Council (TEAMID1234)" \
#   YJDESK_NOTARY_PROFILE=yjdesk-notary \
#     installers/macos/build.sh               # signed, notarised and stapled (release)
#
# One-off setup for notarisation (an app-specific password of the Apple developer account
# kept in the login keychain under a profile name):
#   xcrun notarytool store-credentials yjdesk-notary \
#     --apple-id it-dev@example-council.gov.uk --team-id TEAMID1234
#
# Signing happens inside-out: PyInstaller signs every bundled binary and the app with the
# hardened runtime and entitlements.plist (YJDESK_CODESIGN_IDENTITY is read by the spec);
# the dmg is signed after; notarytool uploads it and waits; stapler attaches the ticket so
# Gatekeeper accepts it offline (laptops are often offline).
set -euo pipefail
cd "$(dirname "$0")/../.."

PY=${PYTHON:-python3.11}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[build]'
version=$(.venv/bin/python -c 'import yjdesk; print(yjdesk.__version__)')
arch=$(uname -m)
identity=${YJDESK_CODESIGN_IDENTITY:-}
export YJDESK_CODESIGN_IDENTITY="$identity"

# the translations (translations/*.ts -> yjdesk/ui/translations/*.qm); the spec needs them
scripts/translations compile

.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installers/pyinstaller/yjdesk.spec
app=dist/yjdesk.app
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/yjdesk" --version

if [ -n "$identity" ]; then
  codesign --verify --deep --strict --verbose=2 "$app"
fi

dmg="dist/yjdesk-${version}-macos-${arch}.dmg"
stage=build/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "yjdesk ${version}" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$dmg"

if [ -n "$identity" ]; then
  codesign --sign "$identity" --timestamp "$dmg"
  if [ -n "${YJDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$YJDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  else
    echo "build.sh: signed but NOT notarised (set YJDESK_NOTARY_PROFILE)" >&2
  fi
else
  echo "build.sh: unsigned build: Gatekeeper will refuse it on other Macs" >&2
fi
echo "build.sh: $dmg"
