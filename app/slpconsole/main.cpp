// slpconsole: the desktop console. `--demo-lab` runs it on the built-in demo lab (xrsim routers and a
// throwaway database); see README.md.
#include "app/ConsoleLaunch.h"

int main(int argc, char *argv[])
{
    return slp::ui::ConsoleLaunch::run(argc, argv);
}
