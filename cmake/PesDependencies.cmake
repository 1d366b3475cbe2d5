# SPDX-License-Identifier: GPL-3.0-or-later
# Finds every library PES Desktop depends on, up front, so that a missing one
# stops the configure step with a message saying what to install.

set(_pes_hint "run tools/setup (Debian 13 packages or the Debian 13 build root), or see README.md")

function(pes_require found what)
    if(NOT ${found})
        message(FATAL_ERROR "PES Desktop needs ${what}, which was not found: ${_pes_hint}")
    endif()
endfunction()

find_package(Qt6 6.8 COMPONENTS Core Gui Network Qml Quick QuickControls2 QuickTest Location
             Positioning Sql Test HttpServer LinguistTools)
foreach(component Core Gui Network Qml Quick QuickControls2 QuickTest Location Positioning Sql Test
                  HttpServer LinguistTools)
    pes_require(Qt6${component}_FOUND "Qt 6.8 or newer with the ${component} module")
endforeach()
qt_standard_project_setup(REQUIRES 6.8)

find_package(KF6Archive 6.0)
pes_require(KF6Archive_FOUND "KDE Frameworks 6 KArchive (libkf6archive-dev)")

find_package(SQLite3 3.35)
pes_require(SQLite3_FOUND "SQLite 3.35 or newer with FTS5 (libsqlite3-dev)")

find_package(PkgConfig)
pes_require(PkgConfig_FOUND "pkg-config")
pkg_check_modules(SERD IMPORTED_TARGET serd-0>=0.30)
pes_require(SERD_FOUND "Serd 0.30 or newer (libserd-dev, pkg-config name serd-0)")
pkg_check_modules(MDB IMPORTED_TARGET libmdb>=1.0)
pes_require(MDB_FOUND "mdbtools' libmdb 1.0 or newer (mdbtools-dev)")
# Access attachments are deflate-compressed.
pkg_check_modules(ZLIB_PC IMPORTED_TARGET zlib)
pes_require(ZLIB_PC_FOUND "zlib (zlib1g-dev)")
