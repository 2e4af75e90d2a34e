from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "metrics_snapshot" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "tenant_id" UUID,
    "plan" VARCHAR(255) NOT NULL,
    "computed_at" TIMESTAMPTZ NOT NULL,
    "duration_ms" DOUBLE PRECISION NOT NULL,
    "data" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_metrics_sna_start_d_c50348" ON "metrics_snapshot" ("start_date", "end_date", "computed_at");
COMMENT ON TABLE "metrics_snapshot" IS 'Every figure of one window and filter, as computed at `computed_at`.';
        CREATE TABLE IF NOT EXISTS "request_aggregate" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "resolution" VARCHAR(6) NOT NULL,
    "period_start" TIMESTAMPTZ NOT NULL,
    "requests" BIGINT NOT NULL,
    "errors" BIGINT NOT NULL,
    "duration_ms_sum" DOUBLE PRECISION NOT NULL,
    "b0" BIGINT NOT NULL,
    "b1" BIGINT NOT NULL,
    "b2" BIGINT NOT NULL,
    "b3" BIGINT NOT NULL,
    "b4" BIGINT NOT NULL,
    "b5" BIGINT NOT NULL,
    "b6" BIGINT NOT NULL,
    "b7" BIGINT NOT NULL,
    "b8" BIGINT NOT NULL,
    "b9" BIGINT NOT NULL,
    "b10" BIGINT NOT NULL,
    "b11" BIGINT NOT NULL,
    CONSTRAINT "uid_request_agg_resolut_1736d8" UNIQUE ("resolution", "period_start")
);
CREATE INDEX IF NOT EXISTS "idx_request_agg_period__cae86a" ON "request_aggregate" ("period_start");
COMMENT ON TABLE "request_aggregate" IS 'Requests of one minute (or, once rolled up, one hour) across every API process.';
        CREATE TABLE IF NOT EXISTS "user_activity" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "user_id" UUID NOT NULL,
    "tenant_id" UUID,
    "day" DATE NOT NULL,
    CONSTRAINT "uid_user_activi_user_id_aee635" UNIQUE ("user_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_user_activi_day_9bbd6f" ON "user_activity" ("day");
CREATE INDEX IF NOT EXISTS "idx_user_activi_tenant__b8b9d1" ON "user_activity" ("tenant_id", "day");
COMMENT ON TABLE "user_activity" IS 'A user was active (made an authenticated request) on a day.';
        CREATE TABLE IF NOT EXISTS "payment_failure" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID,
    "invoice_id" VARCHAR(255) NOT NULL UNIQUE,
    "at" TIMESTAMPTZ NOT NULL,
    "subscription_id" UUID NOT NULL REFERENCES "subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_payment_fai_at_24855f" ON "payment_failure" ("at");
COMMENT ON TABLE "payment_failure" IS 'One failed invoice payment (Stripe `invoice.payment_failed`), once per invoice.';
        CREATE TABLE IF NOT EXISTS "subscription_change" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID,
    "customer" VARCHAR(255) NOT NULL,
    "status" VARCHAR(32) NOT NULL,
    "plan" VARCHAR(255) NOT NULL,
    "monthly_amount_cents" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "subscription_id" UUID NOT NULL REFERENCES "subscription" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_subscriptio_subscri_b71087" ON "subscription_change" ("subscription_id", "at");
CREATE INDEX IF NOT EXISTS "idx_subscriptio_at_bb867d" ON "subscription_change" ("at");
COMMENT ON COLUMN "subscription_change"."customer" IS 'The tenant id, else the Stripe customer id.';
COMMENT ON TABLE "subscription_change" IS 'A subscription''s state from `at` on: written by the Stripe webhook whenever status, plan or';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "payment_failure";
        DROP TABLE IF EXISTS "subscription_change";
        DROP TABLE IF EXISTS "user_activity";
        DROP TABLE IF EXISTS "request_aggregate";
        DROP TABLE IF EXISTS "metrics_snapshot";"""


MODELS_STATE = (
    "eJztXW1z2za2/isYfWkyo3pt+SVpe3dnZMdpvXXijO20u5tkaIiEJNYUwSVAK7q9/e8XAE"
    "mJLyBFUKJMMfiSWCQORD0HBM55zsHBn70ZtpBDDj74eGw7qPcj+LPnwhn/I3urD3rQ81Y3"
    "+AUKR0Ko5yUajQj1oUnZ5TF0CGKXLERM3/aojV3e+Nx2LQIgCAjyAcWAThGgyIUuBfMpJg"
    "hYkEJ+dQHm2H8EtnvAO7awyXq23ckGfQSu/d8AGRRPELvns54+fWGXWWfoKyLxR+/RGNvI"
    "sVJw2BbvQFw36MIT1z5+vHrzVrTkzzcyTOwEM3fV2lvQKXaXzYPAtg64DL83QS7yIUVWAi"
    "g3cJwI0vhS+MTsAvUDtHxUa3XBQmMYOBzu3v+MA9fkKAPxTfyfk39Ej5ZoZhjvb+6Nu8t7"
    "w+jltMMfIQN2dMnELtes7VIO1J9/hf2uABFXe/wLLn4Z3r44PnspIMCETnxxU8DV+0sIMu"
    "2EogL0FcqmjzgmBqR5tN+wO9SeITniackM8lYkehD/UUcD8YWVClYDPAY3hq8BwHvsB1o3"
    "rrOIdF+igPurd5d398N3H/jXzQj5ryPwG95f8jsDcXWRufoi1Bdm7274Ti87Ab9f3f8C+E"
    "fwn5v3l1mtLtvd/6fHnwkGFBsunhvQSgzT+GqMGmu50nrgWTW1npbUWm+L1mOMEmqPnn6l"
    "dYIoZT+d5HX+z7ub93J9J2Wy2rZNCv4PODahTek5McOOAtthT0IO+Nc+xyTLMUop+v1vw1"
    "sx874b/iuj1PcX1zfnWQ3yDs7FdLxSiYspkujjHn2lcn0sBTLKYD+iMSU8A9j3l/+6Lwd7"
    "+WZd37z/OW6e1UAabP44HjLMgFA8Q74hszAuptAveBOk0rXUEE3RrZnyZvCr4SB3Qqfs4+"
    "D0tEQxsRpYq+yYj24Nwntp6ENTUYp4sU2XEtqmaffMeG9iySXWcFIwhIsBTYjs1lJuJZjc"
    "8xg/Sq3icOTloX2LfWRP3F/RQgB8xZ4EuiaSABo5c/fLjvZzjK6urtTqw/nSXUu/o+z3s1"
    "+NqEDglpkrt1cX9z0B9Aiaj3PoW0YKcX4HD7BUB3yw5jVw46J7zP6piP/HqJN9HNJrsU+8"
    "zinkL4Z3F8M3lxng0zjzW7PBLHsFunAifi9/Mv4c6XEsoStWI7yYrVi9TmvJimKQNJXQgj"
    "mzr6mEb8iprEIliP8VzOi4/e78l91ZzoeHVSznw8Niy5nfk1gmxSvoShERJSzxJs8jybe/"
    "3iIHit9YuGAm2Oc900XRqpl2AYPRsvMNkbpLdLV/Pl8ltDiT72AZYaQC1O9hL10dUujJtl"
    "BkhNYH6TLRS1dQylv3JQbpClC2NiH/CRnQNHEg88JiXGNfYD26t2GXw1WPHXlbFc34oWff"
    "40fk9iSG/PJeqSkPPZuZ4HGztaHHIRgh6CMfEMSMPNoHhDIX2gKY2UIAEmBTAu5+GX4/OD"
    "07AOc+nhPRlhA+PwMmCcSXEfYfzgclt9679jG0j6F9jNb5GI8MUhUfI26/wxgJmxebepPS"
    "TsbRWQUf4yirrJWLwW/9tWceXGMRqAy0lfy3oxL/7Sj031KRD77CGFNIpioYp6W2g/Szcp"
    "pppM9OKgB9dlKIM7+Vhtnz0dj+qgLxSqKDVMTRoMpIHhQP5EEWYPTVs9mMXmPlTUtuYeVt"
    "p3He9oVWkiGSX2kdSKgRkFoWVlZWa7rNmvbRE1tj6ug5LbkTLbckoLx3ShYRQsjglyi5eG"
    "VMS7XXzOvdTxEwHZs9KKBTSEHk4zG/P8cVVFk0TyrZfycl9t9J3v6zPRXow9Yth5wNQDZG"
    "Ob0C5pAsUR/7eFYP9yoJRyfF+UYnuXSj9uTGtHfFqp8dI8/MUM6NqZub0Q5It5ydsSYtZn"
    "uZHAJ1Cf0ba6OY+o3VrnM4usuvch2r8kFJmc4xFUenlTih0xJO6DRnE6AZtB0ViJcCncN3"
    "cFqFCmKtSrKNc2TQmH2xoTqMU0LttcCeOzclRbpBQuaYrUiq9GZOsIMUXCN59DYx2MprP8"
    "myDTB2EHQL1sOkXAbsERNsCu14YtntAnh+c3OdctHPr7LbQz6+O79k87bAnjWyQ9vs6v19"
    "HnBmx47H6ngvxXYI9/LKXuMdeMiX+xhrMU+KatwVcBfkrYMntluL9l1KatK3zXwg14LxB7"
    "ZdJPGmytWcEdUJFG1RfFECRa0k4jAfSjLxKqQyJhPJ9mwIVEr45MbrI1oQIyI+N0Pryn1i"
    "k/KHsM+9nR0rIsajgxqudXDBwLKpgZ4QF9rsVeQ9XT6hTuW8pswWZE2Qb7Af6Nubbn24Fn"
    "1dsq66OrB0Pn8BSDUz1RNVmDbNUK++72ZfBp5iXCI9sUsCFLmZvzhSYYumhpdouz5T3QWh"
    "GK9uReyJCwLvAHBzUNS64kQVwGPxtw/ngPULbBIlnEsy0zftTUdKWh4p0ZnohYB3zJFKZa"
    "KjhTLZnZTpXPxGZ/LqTN5GZy6d+lc79a9WfT+dv7sf+t2r/F2t5Zpa1vUBd1gfMDbMRwvF"
    "3NGc4Abu1P68TGq16mrAmpbSmJYm5a7GYB7iplJz24nr2szc3Ouays9lTwHef7y+7slGsM"
    "Z2fdbzemCfJ/M5EQyRlb9IhUpKCmCsgjOViUXWG3Kt70VZCh+Z2Lc4+TefYmDZFvsfUk4T"
    "ss+zPpj7NqXIBXObTgU/aE6hO0F8s0UoSqRsYwNfsZ6C/NQTOIQjvJ9itljLTz2GC45z4L"
    "P3kp81lampzJZyMd2lMsOXs07Cf16yA87GLtL+U5Nl5dz/lFQHGc7tU8gU+mzNUkY6I9a5"
    "Qd0Y0GqF9FNCGuT1ID9n7fx2uiEb0hHd2pPdmoHa7WoDNWFupKjACI2xL1nbis/xWUlsdI"
    "rP/kwHjRzXA8dUti2lGPalgEa9PuozRAibIFTCIAmRDswouw6EJHmbqgZHUkbbG6VUvYBK"
    "M8lrmOTkgGoVj3zhI8umP/sFB6Ikb/fLmGRTNDQmftWzUXi9Ywebj5zZDYVDCpeXOcZzF/"
    "i8TIDLsAdwxutc9wHBgHBemF/DvoV8AF0LiDSehah/jL6yL5QWVm7si6rQylHp70j7NjGw"
    "F+4n8nwb+zYVcZh0NlKWX07fDT9ptlmzza3mxbrLNre/hPMeZ3QmZ8U0wHcz6DhXboGVnJ"
    "TLAG03d2rdkRrKvUPg+XiG+UfogBd8naFgbPuEvuyDI4CekM+ena88bIVFVSvQTfjjfn88"
    "eHX2us/3kbFP/MOrEt3cvRteX+e3zjMIJzZ7NMMs2LBnTwo1kJfdnR6aHPAhuj8MBsfHrw"
    "aHx2evT09evTp9fbjEOn+rDPnzq5857qkXIq+IpVlSRxMSYa2K2qpImGwZFayp4LE09Npc"
    "oyY7WMA/wOFP4BEhj4BwehJGPTOWAxpv81qax+JRKs5Su6n90aINAe30VdtugFVKJU64QL"
    "W0rBPG90LLfPu6InWXlGk9dScqEIfb/oF48HTpZz7Visl38xlWIaCY5iuqU6ZJKV11eB1r"
    "WnAcnDJvqnwaXEvxrUChJgfYFk7n3h6J+k88+gVn+LfMrX4ZefoHHhnTuNVa4pTPGYiw1Q"
    "nyHfnwEblJ02wEHT5gwHxqOwhAwPoGfuCSn8AD856xKUo3kAdA4ILwRuY0tu9sNvGwh5eX"
    "Pt/dt6pTquwVoQHRXKjmQts6x3WYC+Vzl9r7tZLY7TvWShthv2jlvc3mCkN7dai0rKTm0W"
    "rzaAlLIK+DkrSjtNhGyUf1Rv1qcR4FtkNtlxzw73uO9bmRnKTIgFKYelYSO5x8Yjp1B1Gt"
    "amdnlhydmavi78DJRFovsoxDTki1uwB0b8he0jmygAcJTXkEo7BI2O/D2/d/u756d3V/+Q"
    "Z42LHNRatoY9PB9WqMpAQ1ndhmOlETW5rY0sSWCrGVrCIrIbcyRWaLCa5EZduKFSxvXARm"
    "2EUL9u8TmjHJA3CL50Tk34mN4TxVAjBTDPlsRHCeKWGoP4gClGy4sRXpBU/0Q+MxYnYis+"
    "ASa9PLPMu1u69Vp7mySYFFG9X1ZnRNibV/duwwJfasexzbpuftUGPKu5+7u8N8+xmXmhxr"
    "ATkWGQeG2GRXRxcFHWiVbJCCCQmWpP0V79RbSXSAk3+ejXq6hsvuarg8U+xufyguBQuFf4"
    "mHDB+NkY8iYqM6m56XrTWCW4bsDs4QFVkkioM4KaOHcabshctwcpDJfc8aRohUfHcmyKEa"
    "tr0LBgaA4Pz65uJXELEtgP3rWMDF/C9O9kAKCKLUCemgakGLZ9qoYKGZh5knaS6M6KyYql"
    "OQRLRzxzs0MgHpoEIjKci6ZoMO0uxdkCY3hLeAsK6L0X+OyFdmYEuCX/mhXxz/8sO2RuLF"
    "q1IgI+SEvyPA85EHbQtE/RyAh5jtWcWdoDPnydVie14w44nZPAKV2FxiI1m15Ya+RB/51o"
    "IloK9DUzo0lXbvPKum1tOSWutt0bok8yl3VG5qHq8XVWi/M9/yYMKUC9ZQQFqutej3bjzk"
    "im1ffCMb+YlZCvx9WhRuFWs1kWIGPidilRiUpMwOww8BiR+lYfbkuAJ3clzInBxneROHzW"
    "Dx5EKnbK7j46bOC7Kmo929MaeH3ZqxwixtlVdgJbHDF0CQt7t5BV5XeAVeF74Cr3OvACSU"
    "uYTUfrLpooZJJpPXGejtscPanhm2p1smc8RmMUOUiRPKVpZI7u2vt8gRm8yKqbhMMdQ982"
    "+KKLm0lcqNt81QSlQ86CJCEcm1GUaZxPmu4JQnZLNTXx62GxfdY/ZPRTr8ftnNPs52a/nw"
    "1FyfIsQvhncXwzeXGT58I477TqSdFB4imLzdL2O3o/QVhWMEL3mZSxB+ARBygB/sh3gMHn"
    "lMp31AKGbTLcBsNPwIICCIYWcB9t22kOVcNHDx99jLc9pb773KXo0449hHJmKd6O0XLeC4"
    "w9PG1A50SsroDIgqGRA6Nz+xb7zaxvGyneO5LE0PLhwMJYO4uGRCQmT35RKex2lopDACDq"
    "iJ1XKREyKdS0IeVBreg5LhPcgP7+SCmcO5nADJiOqgVFvIkCqhSM/HJiL1ii5kZTXr1TbW"
    "S4GkaTKN5y4YJeHP+zjJ++VOTrZlhfydyAVJigJIAOdtgY88HG0hn2GXTp2Fkd5KPkbIIu"
    "Dd7a0saWeLPVdxbnSFxVb4Mzpn51tcKHXOTte0XiVnJyLV1MiLlJBmL6qwFxFkZkAoc9vk"
    "mw7WAp6R7p7j1wzy+1B1cGej+7hKXYfj4roOx/mTtBwo2b1ekr4RtdfDt8rwldnWkqhgSe"
    "ZSUQ+tTfJrecKSztqTzCrbzdpjM7BfzxZNS2rCpj2mZ97jMHkM3qnnaKZFtZ7brGeRQOjB"
    "Bd/YboyhXU/lxb1o7bde+5G+bPcJ26aqu1ncgzYhFXzPiKZRMx7zsq01G3sPEf34EO8Bcd"
    "EcERrl5kDPc2xOV2OHn7WOXRSWWyWPtuchq9UbRZ41oXd/5sb6pQqK0gaV99FXThxsJ6ob"
    "ZA5W2UqfyjZZLuSBv2mi64ewt7dhZ3vI0VTKCTan0J1sClUyFHkhOuwSXE0GeX/H/qODJz"
    "1JfDe+1S8L7c4TjSoVJg+P6mRrGeSnuY8RIeI49+8IsNhAXwDW2QF4hyjkkTzAc0oJsF0Q"
    "rgAEEAzGtkORTwBzl0BAEIiirfKC5M1+XaXk1uTkwussRn9y24P/nw4vsntfRIHyAik08x"
    "y8YF9V2or91D+QScsbjRlMyPd8PtJEQ/FEX/jLmR486Kvnh8CJS70Xw9vb4b8/fY47+9z7"
    "Ilanz2xYTMjnHu8jEd3+akSDRFSZNHgbMYSiV5iZCuKHfWWDh38OrfcXY2YfhwYa+DvT3/"
    "hlWCKm7pMRBH1zuu7Zwlb1nk7H93V8v50Ly55GenV8/1vUepX4frx05vUt13XcvkzLe6jh"
    "Eo1yLWUjPNilSOYOFpfkToh0Imhc9go0UZWb4MBXrGa8lNghC8icgwA6u+ECj86qbPLIzi"
    "2JPR5nWSLQ8uFYMqpLzwZcyrT7ZMBtDOwtnvO39D0UBnRSpnvEdhN7OmLfTQHkhIjGuArG"
    "sQ+aBnjo+3BRQDtHAhl4v5WTc/ly9+lLBkTuORuqGxhTQp0brJUOmig5ZyJ/zEThLrpiq6"
    "1bu+h2bbPNIi7QoAxgFdhzghp8dYN5yb9lUL/7DfFqxwVG81JqPeQRqbCnTsrdb5cX9ze3"
    "wm8OXYUEF5YfgbH/9iX8e2wLWpxNVmwdEXjNkT2Z0lB6yC+ci7ZhhYeexPNOcsYKs35GrB"
    "POZHrmPzupMPOfnRTO/PyWzHnkB9uoO5CxVAemoKZhbldZsfbOPSrn4JCCvSDFgCZjVxrO"
    "lmV1tBTWDdI65MdOBETGbTR16sS+opp4VSsU2SoYxOjJtuQnvamkfVwmeukI2rtI9ngDFx"
    "dFJ3Nkm/QrJH8YFlwYCodzXIZlAIGHfJ5R4Ys/WB998Ig8CkYLABkW9mQiMhpB9C3gBUFI"
    "ZEDO7IkvRsbLHwEP3Xzvxxk/6VJmjXzNZ5diyn6XOMMDgjGag2ngWrwims8Pu7eZQhG0eM"
    "qJgIQ9DD8mhITpmzgg0LXEhzUnfqxJHPmSyTNRyj4oy42VLsKSfNgKjtTzbn/dYU5rcVaC"
    "ti61ddluOHUsvUYsXbI1uHBCldkv7dlfoDqfDo5OXp28Pj47WU6jyytls2c4U7aksNHSbJ"
    "TYP0mTstjwSZqvVYoZjW0HAUgpNKfMTqCYGQ6RuXEA7vm5HgvKDBWefcqTT/GIR/NEnVX2"
    "AwCzLpiF8hBe5QeMPsiqGjXxFcrprbFBGGexJj73U4l2uhqSzpZs6Uqwp3lzVbIlV++3Cq"
    "WclupcZZzjSgkGxyUJBsf5BAPM/ErbhY4hLqiAnRXsYKykmf2g9v/K2KSyXaCRxO5ss464"
    "u7mcUuUskKxcBwd5I+WsyRQOTs+U4oFLiQ5irKOBe0AwpH2AqpimpTSoOib4PDHBxP7WDa"
    "FNbKftKLbpd1Y1ONgk4/MOsV9okjsXemSKpYGvbJN+Gf8zCxsbJNm64sk9Y3sS+IhHgLCL"
    "wJzpFM8BdK1oo3Gf16I28cwL2PgAkIKH+ANzuSXMz7Y6rVjK2qdGzPAi11r+nehOczua22"
    "nrTNZhbif9blaN5qSlvumYTnI6qwpfUuabBk/Xctq226QLEDfJFibtFdVFMi3awVVyT1bF"
    "GJPSZdEKwhwuYybZ8PfWwbCAHM7IZbQ85oJNafbwoKkYftmcfvPx/PoSfLi9vLi6u4qOg1"
    "tqUtzkl1bbg28vh9f5VBKYB7n4pL24vT5mT/GYvZbkUWQK1Emc6nwJu2KfOlM8r5pLzUt8"
    "hUVUQVREFUT9gBd34TlPD9GNg3SZ3YeXfXGErcgKjZvkvOsG+q/iaGsvWnvR7Z3iOuxFaz"
    "9m235MverYTVTEblHOSSM+jfpM1dkZak9mpEoeTPKcSsWJSSKqI6nlkdTsUaUbBv2yZ6Tu"
    "J8RrI3+Sgdam8N8tYmgSOpywcTCBVOqq5NqUOit+2NqAqeZr3ZXoS0gcqJvZbkAReIH9yF"
    "nwscN9jcDri/tTHPgvATR9TAiv+O8vwPDDFYiOcM67Kw30L92axl4nNsksN2ci38aWIWIJ"
    "uY1pnyS39Ua11m1US2u0qpmWGQcdzDCrkmBWnF+Wq+2WfBUUjbWsrDbbWm22RSuE4rGGSa"
    "nO7BnbcVIy8n3sK+K+ktGo10M9ETAxSDCrG2yJZXXApULAZXSoNsrD9nqE1xvhoyNFtI80"
    "2hugPVBEe6DR3gDtY0W0jzXaG6B9ooj2iUZ7A7RPFdE+1WhvgLZke1op2rLNaRrtqmi/Uk"
    "T7lUZ7A7RfK6L9WqO9Ado/KKL9g0Z7E+9G1Zk80t7kRngru5Pan1TEuyV5kpLTaSUBSPkZ"
    "tsUhyFTM1VwJVChHlRT9jgBC2cgBYx/PwAOkDwC7P4K5b1OKXF4lk9fCjHId52g0xfgRzK"
    "dsvD0hX4gGpA/47gOA/VxAssHv+szw4wU2QXSCcJ8f1vru9lYc1DpCgCep8a2O0F0ADxIq"
    "KnNCl1bf7ZgPasPopFSdn6nzM9sbRtP5mTo/s3J+phkQimdqh7olZdoc9O/xwoeh9oFt9Q"
    "FbQlFyiYl/B7uZy6V5tjTOcJlTUcdKos3KqJmBcTyoAPHxoLg42yCXhKF3VjY4fGfYpVNn"
    "YYTGmWEiVzUHoqgH7fnU8zR1XngnE4x0XrjOC9d54RsRM/ykniHzg59suuhJKJnU/X4ZGS"
    "NOGIDJphVoGHEoyRwSIAQReDGDFgLQBey9n7JVzzb5iABRTuBLfkgJ5AeYyMp/b9SXNMc7"
    "deLIQpLXLa5yNiTlXy3b6iTv1iV566Mztuo6azJi+4eRSCqTl51FIitJ3v3KSy2JawyRb5"
    "tT2cIZ3SldMuGqzbq1shi69Ty+0lL0raxDG53iUrbCPCGfKO4hSoh0kL5qZqc3e6kUEI6a"
    "dxDdRoqsx6dm5xAurmSUENHFjPapmNFf/w+ubkDW"
)
