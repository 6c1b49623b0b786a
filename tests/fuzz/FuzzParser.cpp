// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target per bank file format (FUZZ_FORMAT_*): any bytes must give statements or a
// refusal, never a crash, a hang or a sanitizer report.
#include "bank/Bai2Parser.h"
#include "bank/CamtParser.h"
#include "bank/Mt940Parser.h"
#include "bank/OfxParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_FORMAT_camt)
    auto statements = cc::bank::CamtParser::parse(bytes);
#elif defined(FUZZ_FORMAT_mt940)
    auto statements = cc::bank::Mt940Parser::parse(bytes);
#elif defined(FUZZ_FORMAT_bai2)
    auto statements = cc::bank::Bai2Parser::parse(bytes);
#else
    auto statements = cc::bank::OfxParser::parse(bytes);
#endif
    if (statements) {
        for (const cc::bank::BankStatement &statement : *statements)
            (void)statement.balances();
    }
    return 0;
}
