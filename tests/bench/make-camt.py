#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a camt.053 statement of N credit entries that balances, for the import benchmark.

Usage: make-camt.py N FILE
"""
import random
import sys


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    random.seed(1)
    amounts = [random.randint(100, 500000) for _ in range(count)]
    total = sum(amounts)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
                  '<GrpHdr><MsgId>BENCH</MsgId></GrpHdr><Stmt><Id>BENCH-1</Id>'
                  '<Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>\n')
        for code, minor, day in (("OPBD", 0, "2026-11-22"), ("CLBD", total, "2026-11-23")):
            out.write(f'<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp>'
                      f'<Amt Ccy="EUR">{minor // 100}.{minor % 100:02d}</Amt><CdtDbtInd>CRDT</CdtDbtInd>'
                      f'<Dt><Dt>{day}</Dt></Dt></Bal>\n')
        for i, minor in enumerate(amounts):
            out.write(f'<Ntry><NtryRef>E{i}</NtryRef><Amt Ccy="EUR">{minor // 100}.{minor % 100:02d}</Amt>'
                      '<CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-23</Dt></BookgDt>'
                      f'<ValDt><Dt>2026-11-23</Dt></ValDt><AcctSvcrRef>B{i}</AcctSvcrRef>'
                      '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn>'
                      f'</BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>E2E-{i}</EndToEndId></Refs>'
                      f'<RltdPties><Dbtr><Nm>Customer {i % 997} GmbH</Nm></Dbtr><DbtrAcct><Id>'
                      f'<IBAN>DE89370400440532013{i % 1000:03d}</IBAN></Id></DbtrAcct></RltdPties>'
                      f'<RmtInf><Ustrd>Rechnung RE-2026-{i:06d}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n')
        out.write("</Stmt></BkToCstmrStmt></Document>\n")


if __name__ == "__main__":
    main()
