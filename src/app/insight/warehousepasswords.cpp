#include "warehousepasswords.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

#ifdef OMNIMAP_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace omnimap::insight::warehousepasswords {

namespace {

struct WarehousepasswordsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::insight::warehousepasswords) };

const char kService[] = "Omnimap warehouse";
constexpr int kTimeoutMs = 10000;

/// `done` once: by the job or by the timeout, whichever comes first.
Done once(QObject *context, Done done)
{
    auto called = std::make_shared<bool>(false);
    auto wrapped = [called, done](bool ok, const QString &password, const QString &error) {
        if (*called)
            return;
        *called = true;
        done(ok, password, error);
    };
    QTimer::singleShot(kTimeoutMs, context, [wrapped] { wrapped(false, QString(), WarehousepasswordsTr::tr("the system keychain did not answer")); });
    return wrapped;
}

} // namespace

bool isCompiledIn()
{
#ifdef OMNIMAP_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

void read(const QString &key, QObject *context, Done done)
{
    Done finish = once(context, std::move(done));
#ifdef OMNIMAP_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keychain
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [finish](QKeychain::Job *j) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(j);
        finish(reader->error() == QKeychain::NoError, reader->textData(), reader->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
    QTimer::singleShot(0, context, [finish] { finish(false, QString(), WarehousepasswordsTr::tr("built without a keychain")); });
#endif
}

void write(const QString &key, const QString &password, QObject *context, Done done)
{
    Done finish = once(context, std::move(done));
#ifdef OMNIMAP_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [finish](QKeychain::Job *j) {
        finish(j->error() == QKeychain::NoError, QString(), j->errorString());
    });
    job->start();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    QTimer::singleShot(0, context, [finish] { finish(false, QString(), WarehousepasswordsTr::tr("built without a keychain")); });
#endif
}

} // namespace omnimap::insight::warehousepasswords
