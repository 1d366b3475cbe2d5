# SPDX-License-Identifier: GPL-3.0-or-later
# Builds PES Desktop on Windows with vcpkg and MSVC, stages it with windeployqt
# and makes the NSIS installer. Not run by CI: see docs/packaging.md ("Windows").
#
#   pwsh packaging\windows\make-installer.ps1 -Vcpkg C:\vcpkg -Version 0.1.0
param(
    [Parameter(Mandatory = $true)][string]$Vcpkg,
    [string]$Version = "0.1.0",
    [string]$Build = "build-windows",
    [string]$KF6Prefix = "C:\kf6"   # where KArchive (and mdbtools) were installed
)
$ErrorActionPreference = "Stop"
$source = Resolve-Path "$PSScriptRoot\..\.."
$stage = Join-Path $source "$Build\stage"

cmake -S $source -B "$source\$Build" -G Ninja -DCMAKE_BUILD_TYPE=Release `
    "-DCMAKE_TOOLCHAIN_FILE=$Vcpkg\scripts\buildsystems\vcpkg.cmake" `
    "-DVCPKG_MANIFEST_DIR=$source\packaging\vcpkg" `
    "-DCMAKE_PREFIX_PATH=$KF6Prefix"
if ($LASTEXITCODE) { throw "configure failed" }
cmake --build "$source\$Build"
if ($LASTEXITCODE) { throw "build failed" }
ctest --test-dir "$source\$Build" --output-on-failure -LE package
if ($LASTEXITCODE) { throw "tests failed" }

Remove-Item -Recurse -Force $stage -ErrorAction SilentlyContinue
cmake --install "$source\$Build" --prefix $stage
if ($LASTEXITCODE) { throw "install failed" }
# Executables next to their DLLs, as Windows finds them.
Move-Item "$stage\bin\*" $stage
Copy-Item "$KF6Prefix\bin\KF6Archive.dll" $stage
$windeployqt = Join-Path $Vcpkg "installed\x64-windows\tools\Qt6\bin\windeployqt.exe"
& $windeployqt --release --qmldir "$source\app\desktop\qml" --no-translations `
    "$stage\pes-desktop.exe" "$stage\pes.exe"
if ($LASTEXITCODE) { throw "windeployqt failed" }
# The installer icon, from the committed PNGs (needs ImageMagick).
magick "$source\packaging\icons\hicolor\16x16\org.pes.PesDesktop.png" `
    "$source\packaging\icons\hicolor\32x32\org.pes.PesDesktop.png" `
    "$source\packaging\icons\hicolor\48x48\org.pes.PesDesktop.png" `
    "$source\packaging\icons\hicolor\256x256\org.pes.PesDesktop.png" "$stage\pes-desktop.ico"

# A smoke test of the staged files before packing them.
& "$stage\pes.exe" --help | Out-Null
if ($LASTEXITCODE) { throw "the staged pes.exe does not start" }
$env:QT_QPA_PLATFORM = "offscreen"
& "$stage\pes-desktop.exe" --self-test
if ($LASTEXITCODE) { throw "the staged pes-desktop.exe fails its self-test" }

Push-Location "$source\packaging\windows"
makensis "/DVERSION=$Version" "/DSTAGE=$stage" pes-desktop.nsi
if ($LASTEXITCODE) { Pop-Location; throw "makensis failed" }
Pop-Location
Write-Host "Installer: packaging\windows\pes-desktop-$Version-windows-x64-setup.exe"
