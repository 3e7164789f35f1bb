# Installing like a desktop application, and the .deb (README, "Install").
#   cmake --install build --prefix /usr     (or: cd build && cpack -G DEB, then apt install ./atelier_*.deb)
# The French and Spanish translations need nothing here: they are compiled into the program (services/CMakeLists.txt).
include(GNUInstallDirs)

set(ATELIER_APP_ID org.atelier.Atelier) # the desktop entry's, the icon's and AppStream's name
set(ATELIER_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/atelier) # Help ▸ Documentation looks there (ui/core/mainwindow.cpp)

# `install` and cpack install what is built; they never start a build of everything (the tree is shared, and a
# package is made from the build at hand): build first (scripts/build.sh).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS atelier RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES resources/desktop/${ATELIER_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES resources/desktop/${ATELIER_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/atelier.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${ATELIER_APP_ID}.svg)
# The workflow runner as a systemd user service (docs/workflows.md): systemd reads PREFIX/lib/systemd/user.
install(FILES resources/atelier-workflow-runner.service DESTINATION lib/systemd/user)
install(FILES README.md DESTINATION ${ATELIER_DOCDIR})
file(GLOB ATELIER_DOCS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${ATELIER_DOCS} DESTINATION ${ATELIER_DOCDIR})
install(DIRECTORY docs/screenshots DESTINATION ${ATELIER_DOCDIR} FILES_MATCHING PATTERN "*.png")
install(FILES resources/debian/copyright DESTINATION ${ATELIER_DOCDIR})

# PNG icons for the menus and docks that do not read SVG, rendered from the SVG (rsvg-convert, librsvg2-bin).
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
  set(ATELIER_ICON_PNGS)
  foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${PROJECT_BINARY_DIR}/icons/${size}x${size}/${ATELIER_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/icons/${size}x${size}
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} ${PROJECT_SOURCE_DIR}/resources/icons/atelier.svg -o ${png}
      DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/atelier.svg VERBATIM)
    list(APPEND ATELIER_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
  add_custom_target(atelier_icons_png ALL DEPENDS ${ATELIER_ICON_PNGS})
else()
  message(WARNING "rsvg-convert (librsvg2-bin) not found: only the SVG application icon is installed")
endif()

# atelier(1), written from `atelier --help` so that it lists every verb (scripts/make-manpage.py), and the Debian
# changelog; both compressed as Debian wants them.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(ATELIER_MANPAGE ${PROJECT_BINARY_DIR}/man/atelier.1.gz)
add_custom_command(OUTPUT ${ATELIER_MANPAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
  COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py $<TARGET_FILE:atelier>
          ${PROJECT_BINARY_DIR}/man/atelier.1 ${PROJECT_VERSION}
  COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/man/atelier.1
  DEPENDS atelier ${PROJECT_SOURCE_DIR}/scripts/make-manpage.py VERBATIM)
set(ATELIER_CHANGELOG ${PROJECT_BINARY_DIR}/man/changelog.gz)
add_custom_command(OUTPUT ${ATELIER_CHANGELOG}
  COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/resources/debian/changelog > ${ATELIER_CHANGELOG}
  DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog VERBATIM)
add_custom_target(atelier_manpage ALL DEPENDS ${ATELIER_MANPAGE} ${ATELIER_CHANGELOG})
install(FILES ${ATELIER_MANPAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${ATELIER_CHANGELOG} DESTINATION ${ATELIER_DOCDIR})

# The .deb: cpack -G DEB in the build folder. Depends: what the program links (dpkg-shlibdeps) and the Qt SQL
# drivers it loads as plugins, which no linker sees.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME atelier)
set(CPACK_PACKAGE_VENDOR "Atelier maintainers")
set(CPACK_PACKAGE_CONTACT "Atelier maintainers <maintainers@users.noreply.b-seed-cbf02411.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for analytics, AI images and collaboration")
set(CPACK_PACKAGE_DESCRIPTION "Atelier brings a brand's analytics (funnels, retention, experiments,
forecasts), its AI image studio (a generation queue across providers,
collections, credits) and its team's work (comments, sharing, workflows,
an audit trail) together in one Qt desktop console and a command line, on
an embedded SQLite database or a shared PostgreSQL server.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, librsvg2-common")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)

if(ATELIER_BUILD_TESTS)
  # The package is built into a temporary folder and checked: Depends, contents, desktop entry, AppStream, lintian.
  add_test(NAME package_deb COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-package.sh ${PROJECT_BINARY_DIR})
  set_tests_properties(package_deb PROPERTIES LABELS unit TIMEOUT 300)
endif()
