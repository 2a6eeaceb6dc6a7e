// The omnimap executable: a thin main() over omnimap_app.
#include "application.h"

int main(int argc, char *argv[])
{
    return omnimap::runApplication(argc, argv);
}
