# add_unit_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>] [TIMEOUT <s>])
#
# One QtTest executable registered with CTest, run headless (offscreen platform, C.UTF-8) so
# that results never depend on the machine's display or locale.
function(add_unit_test)
    cmake_parse_arguments(UT "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT UT_NAME)
        message(FATAL_ERROR "add_unit_test: NAME is required")
    endif()
    add_executable(${UT_NAME} ${UT_SOURCES})
    target_link_libraries(${UT_NAME} PRIVATE slp_project_options slp_testsupport Qt6::Test ${UT_LIBS})
    add_test(NAME ${UT_NAME} COMMAND ${UT_NAME})
    if(NOT UT_TIMEOUT)
        set(UT_TIMEOUT 300)
    endif()
    set_tests_properties(${UT_NAME} PROPERTIES
        TIMEOUT ${UT_TIMEOUT}
        LABELS "${UT_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;SLP_SOURCE_DIR=${PROJECT_SOURCE_DIR};SLP_BINARY_DIR=${PROJECT_BINARY_DIR}")
endfunction()
