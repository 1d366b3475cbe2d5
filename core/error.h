// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace pes {

// An error as a value: what kind of failure, and a sentence a person can act on.
struct Error
{
    enum class Code {
        InvalidArgument, // the caller gave something that breaks a rule
        NotFound,        // no such record, file or replica
        Conflict,        // the state changed under the caller (undo over a newer edit, ...)
        Storage,         // SQLite refused or failed
        Io,              // a file could not be read or written
        Unsupported,     // a newer schema, an unknown format
        Parse,           // malformed input
    };

    Code code = Code::InvalidArgument;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

// Evaluates a Status or Result expression and returns its error from the calling function.
#define PES_TRY(expr)                                                                              \
    do {                                                                                           \
        if (auto _pes_result = (expr); !_pes_result)                                               \
            return std::unexpected(std::move(_pes_result.error()));                                \
    } while (false)

} // namespace pes
