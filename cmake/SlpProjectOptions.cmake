# slp_project_options: the one INTERFACE target every SLP Console target links.
# It carries warnings, the Qt string-safety defines and the hardening flags, so that no
# target can forget them and no flag is spelled twice.
add_library(slp_project_options INTERFACE)

target_compile_options(slp_project_options INTERFACE
    -Wall -Wextra -Wpedantic
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${SLP_WARNINGS_AS_ERRORS}>:-Werror>
    # Hardening (Debian's hardening-wrapper set)
    -fstack-protector-strong
    -fstack-clash-protection
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>
)
target_link_options(slp_project_options INTERFACE
    -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_definitions(slp_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_MESSAGELOGCONTEXT
)

if(SLP_SANITIZERS)
    target_compile_options(slp_project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(slp_project_options INTERFACE -fsanitize=address,undefined)
endif()

if(SLP_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SLP_FUZZERS needs clang (CXX=clang++)")
    endif()
    # Instrument everything the fuzz targets link so libFuzzer sees coverage inside the core.
    target_compile_options(slp_project_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(slp_project_options INTERFACE -fsanitize=address,undefined)
endif()
