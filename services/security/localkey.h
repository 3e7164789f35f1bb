#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <memory>

namespace Atelier {

class DataKey;

/// This desktop's data key, which encrypts what stays on this machine (AI provider API keys). It lives in the
/// OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store through qtkeychain), or, where
/// no keychain answers, in a key file only its owner may read. Set ATELIER_KEY_STORE to "file" or "keychain"
/// to choose. Once made, the key stays where it was made: a keychain that stops answering is an error, never
/// a new key.
class LocalKey final
{
    Q_DECLARE_TR_FUNCTIONS(LocalKey)
public:
    /// The key, made on first use.
    static Result<std::shared_ptr<DataKey>> load();
    /// "keychain" or "file", where load() found or put the key; empty before first use.
    static QString store();
    /// The folder of this desktop's own files (settings, key file, provider settings).
    static QString configFolder();
};

} // namespace Atelier
