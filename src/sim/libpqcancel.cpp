// The libpq functions PgEventSource uses to cancel a running query (and PQsocket, to
// unblock a read from a server that stopped answering), resolved when
// first called instead of at start-up. Linking libpq made every process of the app and
// the CLI load it and its ~20 libraries (Kerberos, LDAP, GnuTLS, OpenSSL): 12 ms of each
// `omnimap-cli` start on the build machine, for a warehouse most runs never touch
// (issue 22). The PGconn always comes from Qt's QPSQL driver, which has loaded libpq by
// then, so dlopen() here only finds it again. Hidden: nothing else binds to these.

#include <libpq-fe.h>

#include <dlfcn.h>

namespace {

void *libpq()
{
    static void *const handle = [] {
        void *h = dlopen("libpq.so.5", RTLD_LAZY | RTLD_LOCAL);
        return h ? h : dlopen("libpq.so", RTLD_LAZY | RTLD_LOCAL);
    }();
    return handle;
}

template<typename F>
F resolve(const char *name)
{
    void *const handle = libpq();
    return handle ? reinterpret_cast<F>(dlsym(handle, name)) : nullptr;
}

} // namespace

extern "C" {

__attribute__((visibility("hidden"))) PGcancel *PQgetCancel(PGconn *conn)
{
    static const auto f = resolve<PGcancel *(*)(PGconn *)>("PQgetCancel");
    return f ? f(conn) : nullptr; // no handle: the query just can not be cancelled
}

__attribute__((visibility("hidden"))) void PQfreeCancel(PGcancel *cancel)
{
    static const auto f = resolve<void (*)(PGcancel *)>("PQfreeCancel");
    if (f)
        f(cancel);
}

__attribute__((visibility("hidden"))) int PQcancel(PGcancel *cancel, char *errbuf, int errbufsize)
{
    static const auto f = resolve<int (*)(PGcancel *, char *, int)>("PQcancel");
    if (f)
        return f(cancel, errbuf, errbufsize);
    if (errbuf && errbufsize > 0)
        errbuf[0] = '\0';
    return 0;
}

__attribute__((visibility("hidden"))) int PQsocket(const PGconn *conn)
{
    static const auto f = resolve<int (*)(const PGconn *)>("PQsocket");
    return f ? f(conn) : -1; // no socket to shut down: the statement timeout still ends it
}

} // extern "C"
