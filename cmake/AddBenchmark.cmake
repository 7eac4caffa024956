# add_slp_benchmark(NAME <name> SOURCES <files...> [LIBS <targets...>])
#
# A Google Benchmark executable. Benchmarks are built with the tests but not run by CTest:
# timings are measured by hand (see each issue's note), never asserted in tests.
find_package(benchmark QUIET)

function(add_slp_benchmark)
    cmake_parse_arguments(BM "" "NAME" "SOURCES;LIBS" ${ARGN})
    if(NOT benchmark_FOUND)
        message(STATUS "Google Benchmark not found: skipping ${BM_NAME}")
        return()
    endif()
    add_executable(${BM_NAME} ${BM_SOURCES})
    target_link_libraries(${BM_NAME} PRIVATE slp_project_options benchmark::benchmark ${BM_LIBS})
endfunction()
