# add_fuzz_target(NAME <name> SOURCES <files...> [LIBS <targets...>] [SECONDS <n>] [CORPUS <dir>])
#
# A libFuzzer executable (clang only) plus a CTest smoke run of SECONDS seconds (label "fuzz").
# All fuzz targets hang off the `fuzzers` custom target so scripts/test.sh can build only them.
if(NOT TARGET fuzzers)
    add_custom_target(fuzzers)
endif()

function(add_fuzz_target)
    cmake_parse_arguments(FZ "" "NAME;SECONDS;CORPUS" "SOURCES;LIBS" ${ARGN})
    if(NOT FZ_SECONDS)
        set(FZ_SECONDS 10)
    endif()
    add_executable(${FZ_NAME} ${FZ_SOURCES})
    target_compile_options(${FZ_NAME} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(${FZ_NAME} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${FZ_NAME} PRIVATE slp_project_options ${FZ_LIBS})
    add_dependencies(fuzzers ${FZ_NAME})
    set(corpus_args)
    if(FZ_CORPUS)
        set(corpus_args ${FZ_CORPUS})
    endif()
    add_test(NAME ${FZ_NAME}_smoke
             COMMAND ${FZ_NAME} -max_total_time=${FZ_SECONDS} -rss_limit_mb=2048 -timeout=10 ${corpus_args})
    set_tests_properties(${FZ_NAME}_smoke PROPERTIES LABELS fuzz TIMEOUT 600)
endfunction()
