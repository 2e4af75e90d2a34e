from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "stripe_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "event_id" VARCHAR(255) NOT NULL UNIQUE,
    "type" VARCHAR(100) NOT NULL,
    "payload" JSONB NOT NULL,
    "outcome" VARCHAR(200) NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "processed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_stripe_even_type_9c2de4" ON "stripe_event" ("type", "received_at");
COMMENT ON TABLE "stripe_event" IS 'Every Stripe event id we accepted, stored once: a second delivery is a no-op.';
        CREATE TABLE IF NOT EXISTS "reserve_account" (
    "id" UUID NOT NULL PRIMARY KEY,
    "balance_cents" BIGINT NOT NULL,
    "held_cents" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "low_balance_threshold_cents" BIGINT NOT NULL,
    "policy" VARCHAR(8) NOT NULL,
    "last_activity_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID NOT NULL UNIQUE REFERENCES "tenant" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "reserve_account"."held_cents" IS 'Open job holds; already taken out of the balance.';
COMMENT ON TABLE "reserve_account" IS 'A tenant''s prepaid reserve. `balance_cents` is always the sum of its ledger entries.';
        CREATE TABLE IF NOT EXISTS "credit_grant" (
    "id" UUID NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "priority" SMALLINT NOT NULL,
    "original_cents" BIGINT NOT NULL,
    "remaining_cents" BIGINT NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "expired_at" TIMESTAMPTZ,
    "entry_id" UUID,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "reserve_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_credit_gran_account_00a112" ON "credit_grant" ("account_id", "priority", "expires_at", "created_at");
CREATE INDEX IF NOT EXISTS "idx_credit_gran_expires_bd88c2" ON "credit_grant" ("expires_at", "expired_at");
COMMENT ON COLUMN "credit_grant"."priority" IS '0 promotional (spent first), 1 everything else.';
COMMENT ON COLUMN "credit_grant"."entry_id" IS 'The ledger entry that created the grant.';
COMMENT ON TABLE "credit_grant" IS 'A block of credit with its own remaining amount, so spending order and expiry are exact.';
        CREATE TABLE IF NOT EXISTS "job_hold" (
    "id" UUID NOT NULL PRIMARY KEY,
    "job_id" UUID NOT NULL UNIQUE,
    "kind" VARCHAR(64) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "allocations" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "flagged" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "closed_at" TIMESTAMPTZ,
    "account_id" UUID NOT NULL REFERENCES "reserve_account" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_job_hold_account_6660d3" ON "job_hold" ("account_id", "status");
COMMENT ON COLUMN "job_hold"."flagged" IS 'Allowed past the balance by the WARN/LIMITED policy.';
COMMENT ON TABLE "job_hold" IS 'The estimate taken out of the balance while a job runs; `allocations` says which grants it came from.';
        CREATE TABLE IF NOT EXISTS "ledger_entry" (
    "id" UUID NOT NULL PRIMARY KEY,
    "tenant_id" UUID NOT NULL,
    "type" VARCHAR(12) NOT NULL,
    "amount_cents" BIGINT NOT NULL,
    "balance_after_cents" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "actor_username" VARCHAR(150) NOT NULL,
    "job_id" UUID,
    "stripe_reference" VARCHAR(255),
    "grant_id" UUID,
    "uncollected_cents" BIGINT NOT NULL,
    "idempotency_key" VARCHAR(255) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "reserve_account" ("id") ON DELETE RESTRICT,
    "actor_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_account_beafd6" ON "ledger_entry" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_type_66597c" ON "ledger_entry" ("type", "created_at");
CREATE INDEX IF NOT EXISTS "idx_ledger_entr_created_b7ce0f" ON "ledger_entry" ("created_at");
COMMENT ON COLUMN "ledger_entry"."uncollected_cents" IS 'Cost a BLOCK account could not cover at settlement.';
COMMENT ON TABLE "ledger_entry" IS 'One money movement. Rows are only ever inserted; `amount_cents` is signed (its effect on the balance).';
        CREATE TABLE IF NOT EXISTS "subscription" (
    "id" UUID NOT NULL PRIMARY KEY,
    "stripe_id" VARCHAR(255) NOT NULL UNIQUE,
    "stripe_customer_id" VARCHAR(255) NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "plan" VARCHAR(255) NOT NULL,
    "monthly_amount_cents" BIGINT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "started_at" TIMESTAMPTZ,
    "canceled_at" TIMESTAMPTZ,
    "last_payment_failed_at" TIMESTAMPTZ,
    "last_failed_invoice_id" VARCHAR(255) NOT NULL,
    "stripe_updated" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID REFERENCES "tenant" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_subscriptio_status_ee5b1e" ON "subscription" ("status");
COMMENT ON COLUMN "subscription"."stripe_updated" IS '`created` of the newest event applied; older ones are skipped.';
COMMENT ON TABLE "subscription" IS 'A Stripe subscription as last reported; `monthly_amount_cents` feeds MRR.';
-- Tenants made before billing get their (empty) reserve account.
INSERT INTO "reserve_account" ("id", "tenant_id", "balance_cents", "held_cents", "currency", "low_balance_threshold_cents", "policy", "created_at", "updated_at")
SELECT gen_random_uuid(), "id", 0, 0, 'usd', 500, 'BLOCK', now(), now() FROM "tenant"
ON CONFLICT ("tenant_id") DO NOTHING;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "reserve_account";
        DROP TABLE IF EXISTS "job_hold";
        DROP TABLE IF EXISTS "stripe_event";
        DROP TABLE IF EXISTS "ledger_entry";
        DROP TABLE IF EXISTS "subscription";
        DROP TABLE IF EXISTS "credit_grant";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfbl2xvXZ8kty7c3NyI7bunXsjq00nXYyDERCEmqKYAnQiq6X/34ASE"
    "rgq0hKlCgGX2yJ5ILUswC4++xi8XdvRixk0+NfPDLGNup9C/7uOXAmPiRPHYEedN3VCXGA"
    "wZEU6rnKRSPKPGgyfngMbYr4IQtR08Muw8QRF19hx6IAAp8iDzAC2BQBhhzoMDCfEoqABR"
    "kURxdgTrxngJ1j0bBFTN4ydiYbtOE7+C8fGYxMED/n8Zb++MAP88bQJ0Sjr+6zMcbItmJw"
    "YEs0II8bbOHKY+/e3b75Xl4pnm9kmMT2Z87qanfBpsRZXu772DoWMuLcBDnIgwxZClCOb9"
    "shpNGh4In5Aeb5aPmo1uqAhcbQtwXcvX+PfccUKAN5J/Hn/D/hoymXGcb9w9B4uhkaRi+l"
    "HfEICbDDQyZxhGaxwwRQf38O2l0BIo/2xA2ufxw8fnV2+bWEgFA28eRJCVfvsxTk2glEJe"
    "grlClijN+VprH+6enhPhtrVSaBuIVNBv4HbExZHcyjAyvQV106A/WRj23+JPRY3HYfwAuM"
    "RMszSv+yxYH7XwePUhtvB79JdRA+NIMhe39993CV1JBo4EqqaKUShzCUoY8h+sSy9bEUSC"
    "iD/4jGlLAHsIc3vw2LwZ4twjN3D/c/RJcnNRAHWzyOiwzTp4zMkGdkzTrXU+jljIRM6Vpq"
    "CGeXSlqIUG1AD70Z/GTYyJmwKf/av7goUEykBn5Vss+Hp/rBuTj0pocEHAZkacjf8DMMz1"
    "A27HHJ5BQUih5HH5oaA02iz3+g9eDYi7BjFI2K27c3T8PB219iQ+PNYHgjzvRjwyI6+tVl"
    "Qk/LRsD72+GPQHwFvz/c3ySnq+V1w9974pmgz4jhkLkBLeUNGR2NUItp3XetmlqPS2qtt0"
    "XrEUaK2sOnX2k9MBUzZ9d8my4mtE3Tbs963sSSUwYSzXld5QOqiOzWUm4lmMLzGD9nWsVB"
    "z0tD+z3xEJ44P6OFBPiWPwl0TJQBaOjMDZcNHWYfXR1dqdWD86W7Fh+j/PfzX42YROCRzx"
    "mPt9fDngR6BM3nOfQsI4a4OEP6JFMHorOmNfDgoCHhf0ri/y5s5BC79FrsleEcQ/568HQ9"
    "eHOTAD6Oszg168+SR6ADJ/L3iicTzxHvxxl0xaqH57MVq+G0lqzIB0lTCS2YM48KqAT5P4"
    "VzvvMUXb87r3V3/tLJSRl/6eQk318S57S/1G3LOc9fSlkm+W/QVfcIKeEM5ugqlPz+50dk"
    "Q4lt7gtTYZ8PrA/kvTXjdI8/Wja+IVJPSlOHx++UQksw+TbJIoerAPU+aKWrXQq9YAuFRm"
    "h9kG6UVrqCUtq6LzBIV4DyuRN5L8iApkn8LC8swjXyBdaj+xg0OVi12JHRWtGMH7h4SJ6R"
    "08sw5JfnCk156GJugkeXrQ09DsAIQQ95gCJuhLAjQBl3oS1A+LsaQAowo+Dpx8E3/YvLY3"
    "DlkTmV11Iq5mfAJYG8GeX/SDooufXWtY/Rch/jmf++Kj5GdP0OI2N8hDSFadzJOL0s4WOc"
    "Jk3XlYshTiUij6334BqLOyagLeW/nRb4b6dp/03ONcYU0mkVjONS20F6r+xWHOnL8xJAX5"
    "7n4ixOxWF2PTTGn6pAvJLoIBVx2i/Tk/v5HbmveYgvlYeIuTmfXMxbq6H1uOQWtN5O47zt"
    "Ss4I06a1bEPKDJ/WGt1JWa3pNmvaQy/csqij57jkTrTckoDywSm5PTkC7R259bMEsiPUlX"
    "ME6sao2wHplqPUa9IDthfRlqhn0GCRNvIpsEjtOpbdXZ5J6LgqG6LKdM5PP70oxYhcFDAi"
    "FylGBM0gtqtAvBToHL79izJECL+qIMM6RYWM+Y2Nqt04JtQ5Zq+RzAwXUjon/I1UldxLCX"
    "aQgGpk7QCmBn/z4pesqCshNoJOzvtQlUuAPeKCTaEdTSy7fQFePTzcxVyVq9vkkph3b69u"
    "+LwtsecX4cA2u70fpgHndux4XB3vpdgO4V4eOWi8fRd52T7GWsxVUY17BdwliWWTCXZq0V"
    "9LSU1+tZkXEVow/iTYQRneVLGaE6I6iNEWxW81mTLIC8mYeCukdKkJNQfWBUolvgnj9Rkt"
    "qBGG9TZD69Z54ZPyL0GbBzs7lkRMREk0XOvggr6FmYFekBDabCiKlm5EQx2FykbWBHkG/4"
    "Ee3jQF/E62dcOb6mrH0nnNOSDVzNhVqtFsmqlbfv3BoXS8inGJ+MSeEaBIzfz5kQosLzVc"
    "5dr1GbsOCMRElR+KJw7w3WMgzEFZ80cQVYCM5WcPzgFvF2AaJt5mZOhu2pqOlLQ8UsJVVp"
    "n2VGU6x+TrjEad0ajJgJaSAS3NaCyhdZ0CVTsFqlaxIZ3HeBj6Pag8Rq3lmlrWNRF3WBMx"
    "MmpGi4q5oynBDdypwxlM1Wp21YA1LqUxLUzKXfXBNMRNpea2E9e1mbmp4RrLz+VPAe7f3d"
    "31snqwxnZ91vN6YPeT+awEQ7LKAMRCJQWFAFbBmdLEIm8NOdY3cnm+h0ziWYL8m08JsLDF"
    "/0MmaEL+fXYE5h5mDDlgjtlU8oPmFDoTBDALRWkm29jALdZTkH/0JA5BDz+KsQL8yj96HB"
    "cS5cAnz6nfNZW5VyozUFOd1O+0ZAfMzl0kgMeGTeks8JhUBxnO7VPIDHp89qqMdEKsc526"
    "MaCrlZGPCWmQ14O8z2rS7TRIN3RMsVulvwZX6466tqPKtY/cCs+qYla8kGwl1TmYz0stwT"
    "kvWIJznl6CM0Jj7oCmUc7fxWYlsdEeNoczHTSyWQ0cs6wFCvmwLwU06vVRnyFK+QRRhRBX"
    "RDowo+yLEtcZAl9ShoDK25Q1M1UZbWUWUvUSKs0kr2GS1Q7VKh752kMWZj94ORtDqKePip"
    "hkU15oTLyye0SIuq82MZ8FsxsIBxSuKPdK5g7wRJkAh2MP4EzU+z0ClAAqeGFxjHgW8gB0"
    "LCDTeBayDiz6xG+YWWC2sRuVoZXDEsjRdOJh4mEmgy/xFKQkqRw/G3zTFHMLKOb216894D"
    "ROdXzEAX6aQdu+dXJMY1UuATRubvOm02oo906A65EZEV+hDb4S0wwDY+xR9vUROAXoBXn8"
    "2cXEwydYlJrLclQyEY/7zVn/1eXrI7GMiH8TX14V6Obp7eDuLr1ymkM4wfzRDDNnvRae5G"
    "ogLbs7PTTZ4QN0/9Xvn5296p+cXb6+OH/16uL1yRLr9Kki5K9ufxC4xwZEWhHLt1IdTWQI"
    "a1XUVkWLUozbaf223UsslZyo2Fe1tKxTUA9Cy2JBbEUyQJVpPRnQG04RCBYSA/nggIl0md"
    "C3kAky0kcraVpsJzClibf8V1qXiTfV7y1PvcW8ZV29dg37lrO9UmX+rfLuSi3FtwQVp3aw"
    "Lex2uz0y7icy+pEkKJ3EqaMiEu5PMjKm0VVrCTjxpkCUz5tQrOyGz8gBxGfRSu4RtEWHAf"
    "MpthGAgLcNPN+h34GP3A0npiwBQD8CChdUXGROgxeL2LAJmPzhwZh7umk2bmd3rU7N8SHC"
    "fKrptT3Ta6IXV0N6JaF3RI+9gtvPVB5sVlAQLKjDziQlNTVTm5pR3glpHRSkr8TFNkpiqd"
    "frV9P0yMc2ww49Fvfbx0zdSG5L+CqtMPWsJHY4+RA3qOy3g0BJub3oCraiS9UFt+FkklmB"
    "rqiurCLV7pKyvQEfpHNkARdSFrMNR0HZofeDx/t/3t2+vR3evAEusbG52JzU2GIRWk165A"
    "+N7pIepk3q1aqICWoSuc0ksia2NLGlia0qxJZajTSD3EoUK80nuJQKqSUrIT44CMyIgxb8"
    "7wuacclj8EjmwcbhcoGxyLkA3ABHHu8RgmdS3LOPspAh727cDvlKJIyh8Rhx74Db7YpF8n"
    "Wa5drdbavTXMk8s7wFz3pRc2sosb2ulWvpfLghNVZ5FW13VypvP4lPk2MtIMfC14QhF2vV"
    "0UVOA1olG2T1QUoyNqXJX/G1kugAJ7/rBV+6Fsiua4HsKXZ3OGRHBQtF3MRFhofGyEOhi1"
    "ueTU/L1urBLUN2B7sSynyCip1YldHdOFE+weE42dx95a5kDSMkU3x3JshJNWx71xwMAMHV"
    "3cP1zyD0uwH/a1vAIeKTcPshAxQxZgfEQLmgxX4MFmyhmUu4J2kujHD3ibJTUIZo57YJaG"
    "QC0oGjfPS7GzjSQYUG3j167b8O0hxgkCbVhbeAsK6vcLSPyFeiY2cEv9JdPz/+5QXXGsrA"
    "K1NoIYgE/IMC10MuxBYI2zkGHyOObxV3gvZcJFeLQBP1ZyIxW0SglCVFGGVV7W3oJnrrsB"
    "a8Ao4KQlMx3dbjl9vv1rWcVp4KwRoKiMu1Fv3eg4scuRRELG6h3/HZQ/gBi9zlI612qU3f"
    "E5RcJV9aldkhEe1Tq6nJKO5Hn5Xwos9yfeizpAdtc88rmlzYlM9lot/UGSBrGtrdiLk46d"
    "aMFeTrVhkCK4kdDgBJ4+1mCLwuMQRe5w6B16khACnjZiLDL5gtalBJWfI6K7XNWamaNswf"
    "ad2lDX3Xqqn1uKTWelu0njHYw6dvaz7ggS6UTRGb+QxRIjqcZUWGct///IhsubQwn4pLFN"
    "U8sGGVR8nFPVLhqG2GklLxoIsIhSTXZhglEue7glOakE1OfWnYHhw0JPxPSTp8uGzmEGe7"
    "tXx4bK6PEeLXg6frwZubBB++Ecf9JJONcjejU08fFbHbYdJShe3obkS9TBDcAEg5IDaIQy"
    "LzArlcp0eAMsKnW0B4b/gWQEARx84C/N5YygouGjjkG+KmOe2tt15mrUaUZ+4hE/FG9PKL"
    "FnDcwV5l1baDUmV03kuZvBe9IkOpFlCuXEBRvYBUbq4LFzaBGZ04v1CGIrL7Ihn7cRoaKY"
    "dBfGaSahnoikjnUs/7pbp3v6B799PdW31hpnAupkISopoLaQsXUoYBcz1iIlqv6EJSVjPc"
    "7SG9Ak1XIGmaTON58kcq/GkfRz1f7OQkryyRvxO6IKoogBSIGA3wkEvCJeQz4rCpvTDiS8"
    "nHCFkUvH18zEra2WLLZZwbXWGxFf5M6GhXc2hiQtqjKePRhJCZPmXclMtORF4LeEK6e8Zg"
    "M8gfQv25nfXuszIr/M/yV/ifpbfpsWHGOuaC9I3wet19y3TfrPdtRqSgIHMpr4XWJvm1PG"
    "FJZ+1lzCrbzdrjM7BXL5UhLqmduLY5cbGBJOJydr08pbio1nOb9SwTCF24EEucjTHE9VSe"
    "34rWfuu1H+oLOy8Em1XdzfwWtAlZwfcMs/yqGY9p2daajb2PYfbqx2gNiIPmiLIwXg9d18"
    "aCwiK22MeXOCgowUifsesiq90LRXRC7xcYztAJvV3TeusTeg/HDqpfqiAvbbDyOvrSiYPt"
    "RHWDzMF9L6V/T7xnm0x6GeG36NRRUeRtrlxUqm50sH8mNyug2LV7jCiV23b/gwKL26ULwB"
    "s7Bm8RgyLQAkTKHwXYAcEApYASMMY2Qx4F3HMFPkUgDIZl14tu9nalcg9V3Yvih+FH8c4Q"
    "/+N2BT/3QdaPzpFCM9cmC36rwqv4T/0Tmaz4ojGHCXmuJ7qtvFA+0Qcxg646D9f0hIqDYk"
    "deL4Bv2avCDhOOjWhMczNMPukn3hukvf850SRF0DOnmzaqw517DXdG3TdtTGXjHF1fZEId"
    "oPlUAK4wgZLeB3EYynpj5teqVUQ6EUMrsi+bKFdLie9VLPO5lNghKcJf0D60d0ONnF6WyY"
    "NNGu5KGuxlkhexPDjO6NWFm2YtZdq9ZdY2OvYWN8Bavv8rdGhVpns8XxNpr5H9VAFkRURj"
    "XAZjaVimAB54HlzkeOahQALeL2VLSfG6++NDAkThfhlV13jEhDrXWUtVYC8owJ6uv5670C"
    "DfauvWQoNd22yz0B83GAe4CuwpQQ1+dYM58M7TqD/9ikRByByjeSm1HvLQHz5QJ+Xp15vr"
    "4cOjJKUDV0Hxj9M9MPLfPgSfx1hSU3yy4u8Ridcc4cmUBdIDceBKXhssgu1l0Noqb1Nh1k"
    "+IdcKZbHo/ch0tzIf+MONGOlr4JWq99dHCtul5E85YGUg0Z31GPqBqEEPD2bLoa0th3SD8"
    "ml0e3qdZBFtT1eEPFVVlqJYohpPTidELtrL34apSsulGaaUjaGfUa9pe1H+JV0bYX8UyP+"
    "6v6q3MatsxthGAjEFziizACIAgTB04BkNRZHrBEJXxdxF+JyPBpcpCQPwHAN8ReYYfg6Ni"
    "36OPWctum7hF5QB/eEfxTS/I3W+EeqXLKm5yXKpzS3LPSlH5ZwVU/lmayicenmAH2kbVHU"
    "FTgh1kJZpJRMf/zXplFqWfhxJ6o+H6ueMBlVc53pKU62Anb6S2Fp3C/sVlFaRXEh3EWNOb"
    "mujaBr2pia6tE12K1V8B07iUBlXTXfuhu5Qc/g2hVZYMdBTb+Jityns1yekMkIfNaS+D0Q"
    "nPHBXxOXB1zTo2Jx/TLe8rmOvLZE6YGZ5MiUSD/brmgRvTPz1/df767PJ86b0sjxQ5LZGD"
    "ks+AvCCPhrxpWQtaEemgCd2ILy4GVQWEw8s7iG4jTmDukon8Asv5SyZ0geVv1xRYThlgu3"
    "yZff4/IUmLHA=="
)
