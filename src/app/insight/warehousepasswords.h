#pragma once

#include <QString>

#include <functional>

class QObject;

namespace omnimap::insight {

/// Warehouse passwords in the system keychain (QtKeychain: Secret Service, KWallet,
/// macOS Keychain, Windows Credential Manager) — never in the project, the settings or
/// a log. Asynchronous because the keychain may ask the user to unlock it. Without a
/// keychain (not compiled in, no service running, as in offscreen tests) every call
/// reports a failure and the app asks for the password each time instead.
namespace warehousepasswords {

using Done = std::function<void(bool ok, const QString &password, const QString &error)>;

bool isCompiledIn();
/// Calls `done` on `context`'s thread once, within 10 s, also when the keychain hangs.
void read(const QString &key, QObject *context, Done done);
void write(const QString &key, const QString &password, QObject *context, Done done);

} // namespace warehousepasswords
} // namespace omnimap::insight
