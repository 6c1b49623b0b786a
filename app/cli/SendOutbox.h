// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QCommandLineParser>

namespace cc::cli {

/// --smtp-password-file and --sms-token-file: secrets from files instead of the keychain.
void addSecretFileOptions(QCommandLineParser &parser);
/// Sends the outbox's due messages (--smtp-password-file and --sms-token-file override the
/// keychain), prints the tally and returns the exit code, for `mail` and `dunning`.
int sendOutbox(const QCommandLineParser &parser, storage::SqlDatabase &db, const Clock &clock);

} // namespace cc::cli
