from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "low_balance_state" (
    "tenant_id" UUID NOT NULL PRIMARY KEY,
    "is_low" BOOL NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "low_balance_state" IS 'Whether a tenant''s reserve was last seen low: a warning goes out only when this flips to low.';
        CREATE TABLE IF NOT EXISTS "outgoing_mail" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "to_address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "context" JSONB NOT NULL,
    "secret_ref" UUID,
    "tenant_id" UUID,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "last_error" VARCHAR(500) NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "message_id" VARCHAR(200) NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_outgoing_ma_status_4413c4" ON "outgoing_mail" ("status", "next_attempt_at");
COMMENT ON COLUMN "outgoing_mail"."secret_ref" IS 'The reset or passkey row whose secret the link carries.';
COMMENT ON TABLE "outgoing_mail" IS 'One message to one address. The body is rendered at delivery from `kind` and `context`; a link''s';
        CREATE TABLE IF NOT EXISTS "password_reset" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "ip" VARCHAR(45) NOT NULL,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "password_reset"."ip" IS 'The address that asked for it.';
COMMENT ON TABLE "password_reset" IS 'A password-reset link: its secret is derived from SECRET_KEY and this row''s id, and only the';
        CREATE TABLE IF NOT EXISTS "lockdown" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "active" BOOL NOT NULL,
    "message" TEXT NOT NULL,
    "changed_by" VARCHAR(150) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "allow_user_id" UUID REFERENCES "user" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "lockdown" IS 'The one emergency switch (row id 1): while active, only `allow_user` may log in or use a token.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "outgoing_mail";
        DROP TABLE IF EXISTS "lockdown";
        DROP TABLE IF EXISTS "password_reset";
        DROP TABLE IF EXISTS "low_balance_state";"""


MODELS_STATE = (
    "eJztXdty2zi2/RWUXpJUKe74mpzknKmSHXe3J07cZSudmUlSNExCElsUwQEgyzo9/e8DgK"
    "TEC0iRlChRDF4SS8QGqQUQ2HvtC/7sTLCFHHrwG8ED20Gdt+DPjgsn4o/kpS7oQM9bXhBf"
    "MPgghTpepNEDZQSajH89gA5F/CsLUZPYHrOxKxqf265FAQRTighgGLARAgy50GVgNsIUAQ"
    "syKL6dgxkmY2C7B6JjC5u8Z9sdrtHH1LX/PUUGw0PErxHe09fv/GveGXpCNPzojY2BjRwr"
    "BodtiQ7k9wabe/K7z5+v3v8sW4rnezBM7Ewn7rK1N2cj7C6aT6e2dSBkxLUhchGBDFkRoN"
    "yp4wSQhl/5T8y/YGSKFo9qLb+w0ABOHQF3538HU9cUKAN5J/HPyd+CR4s0M4xPN33j7rJv"
    "GJ3U6IhHSIAdfGViV4ys7TIB1J9/+f0uAZHfdsQNLn7t3T4/PnshIcCUDYm8KOHq/CUF+e"
    "j4ohL0JcomQQITA7I02u/5FWZPkBrxuGQCeSsQPQj/qDIC4RfLIVhO8BDcEL4aAO/wH2jd"
    "uM48GPucAehffby86/c+/iZuN6H0347Er9e/FFeO5LfzxLfP/fHC/N313+lFJ+DLVf9XID"
    "6Cf918ukyO6qJd/18d8UxwyrDh4pkBrcg0Db8NUeMtl6M+9ayKox6X1KPelFEPMYoMe/D0"
    "y1GniDH+02l6zP9+d/NJPd5RmeRo2yYD/wGOTVld4xxZYR+mtsOfhB6I2+5ikRUYxQb60+"
    "+9W7nyfuz9IzGony6ub86TIyg6OJfL8XJIXMyQYjz66Impx2MhkBgM/iNqG4QdgN2//Ec/"
    "H+zFm3V98+mXsHlyBOJgi8fxkGFOKcMTRAyVhnExgiTjTVBKVxqGYIluzJI3gU+Gg9whG/"
    "GPR6enOQMTDgNvlZzzwaUj/1ocel9VVCKerdPFhDap2u0Y73U0ucgeTjOmcDagEZHtasqN"
    "BFNYHoOxUiv2Z14a2p8xQfbQ/YDmEuAr/iTQNZEC0MCY6y862s85uvx2OawEzhbmWvwd5b"
    "+f/2rEJAK3XF25vbrodyTQD9AczyCxjBji4go+wsoxEJM1PQI3Lupj/k9B/D8HnezjlF6J"
    "feR1jiF/0bu76L2/TAAfx1lcmhxNkt9AFw7l7xVPJp4jPo8VdMVyhmezFcvXaSVZkQ2Sph"
    "IasGZ2NZXwAxmVRagE+X8JNTpsvz37ZXua86tXRTTnV6+yNWdxTaGZZO+gy4EIKGGFNXke"
    "SP784RY5UP7GzA0zwj7v2Vhk7ZpxE3D6sOh8TaTuIl3tn81XCC3B5DtYRRiVAeqL30tbpx"
    "R6tC0UKKHVQbqM9NIWlNLafY5CugSU702IPCIDmiaeqqywENfQFliN7q3fZW/ZY0ve1pJq"
    "fM+z+3iM3I5CkV9cy1XloWdzFTxsttL12AMPCBJEAEVcyWNdQBk3oS2AuS4EIAU2o+Du19"
    "7Lo9OzA3BO8IzKtpSK9RlwSSBvRvl/OO2U3Hjv2sbQNoa2MRpnY4w5pGVsjLD9Fn0kfF2s"
    "602KGxmHZwVsjMPkYC1NDHHprz2z4GrzQCWgLWS/HebYb4e+/RbzfIgdxhhBOiqDcVxqM0"
    "jvlNOMI312UgDos5NMnMWlOMweQQP7qQzES4kWUhGHR0Vm8lH2RD5KAoyePJuv6BV23rjk"
    "BnbeZirnTd9oFREi6Z3WgZQZU1pJw0rK6pFu8kgT9Mj3mCrjHJfcyig3xKG8d4MsPYSQw6"
    "8Y5OydMS7VXDWv0x8hYDo2f1DARpCBwMbjdn+KKyiyaZ4U0v9OcvS/k7T+Z3tloPdbNxxy"
    "PgH5HBX0CphBukB9QPCkGu5FAo5OsuONTlLhRs2JjWnujlU9OkYdmVE6NqZqbEYzIN1wdM"
    "aKsJjNRXL8BimdYWIJSlwZ0BFv0M3NQgmaGmTRtgAjHEq9lFLAsd3xW0nV+iwusCmwELEf"
    "gyUF3F1e3PIx+3D5TwBdi6/0vAHBs2d8AbK68ivJ97IRUhDE9d3sm+t38WzBMYvOxshjB+"
    "CO399BIlnmnVglkcydYeB+aQrdA0zAbIRc3ucc+A+HBzKtRqbY8K6EKq1Z6aash13NSmtW"
    "WjN7q3S5zTN7DSKemvZy7cnLVNRUrZSPpvmm/RjfFtvBknuAdCx0SK7VVWUftBWsreB9g3"
    "RfrWCJusL4DUcj2+YNh11nMrTXnhNjXDYqIirTOq3+8LRQZMRpTmTEaYoZRxNoO2UgXgi0"
    "Dt+j0yJmE2+Vk3ObMpwG/MZG2WkcE2qu/rXrDI1Y6EnIgpalAlKCLQxEqSWb3OY2Pd9iHl"
    "Ux9xg7CLoZ+2FULgH2AxesC+1wYdnuBnh+c3Mdsw7Pr5JFEj5/PL/k67bEnjeyfd3s6lM/"
    "DTjXYweD8ngvxLYI9+KbvcZ76iGitjFWYh4V1biXwF2GMDl4aLtleai4pKaimkxFiVEw/s"
    "C2ixTWVP4wJ0RbyCm3zGFTKZXWzwpSLLwlEvqi6VR7NgUKpT3Gff/rZh0nYw7aitgYzakR"
    "OH3Xg+zKfeTb2G9+n3u7nxRETHh5NFyr4IJTy2YGekTuuu9jT/R0+YhalSsbU/SQNUTE4D"
    "+Q2OuWTLiWfV3yrto6sXQdgAyQKma4R6o3r5vZXrxex75MvJKenPjCrnDppFb+bN+OLZsa"
    "XqTt6nhGF/hioio2tYcumHoH4CYIEgSC2gsD+wicAd6viO3zE9UVGe3r9qZ9Sw33LelYwU"
    "zAW2Z6xjLY0by0eyAq0zqPl84A1hnAta5cOmVQx2Hq8U2P717l/epRrjjK+lyBLZ4rECrm"
    "D/OS0bYpwTXMqf15mcrVuK8Aa1xKY5obxrycg2mI6wpmbiauK2OZU69rLKKZPwX49Pn6uq"
    "OawRrb1XHiq4HdTax4xBmiKpsZc5XkFM5cOmcKE4u8N+RaL2XGMUEmJpYg/2YjDCzb4v9D"
    "JmhC/nnSBTNiM4ZcMLPZSPKD5gi6QyTSj31RqmQba7jFagrya0fi4M/wbozZ4i2/djguOM"
    "waSF6LftZUpqYyG8rFtJfK9F/OKikSackWGBvbSJSILZaFsyViUi1kODdPITNI+J5VGumE"
    "WOsmdW1AlzuALyakQV4N8i7P3GumGbImHdGuHPbGTNR2VymsCHMtxQgf0AATxd6Wff7vUm"
    "Kt03/3Zzmo5ZhfOGCqRJ5s2BcCGvXqqE8QpXyBKOMGiYi0YEXZtiMkytsUVTiiMlrfyKXq"
    "JVSaSV7BJEcnVKN45AuCLJv9QjIOUo1e7uYxyaZsaAxJ0TNVxTlJDjbHgtn1hX0KV5TBxD"
    "MXEFFYweXYAzgR52N1AcWACl5YfIeJhYisfCnDeOby3CT0xG+oPJCpthsVoZWDI8OC0bep"
    "gT0/A8sjNiY2k36YeDRSkl+OX/U/abZZs82N5sXayzY3/+inPY7ojK6KcYDvJtBxrtwMLT"
    "kqlwDaru+0+8NyKHdeAY/gCRYfoQOei32GgYFNKHvRBYcAPSLCn13sPHyHRUVr9g3F4748"
    "Pnp99qYr8sj4J/Hhdc7Y3H3sXV+niw1wCIc2fzTDzEjYs4eZI5CW3d441DnhfXT/5+jo+P"
    "j10avjszenJ69fn755tcA6fSkP+fOrXwTusRciPRALtaTKSCiE9VBUHoqIypYYghU1TxaK"
    "XpOr+iQnC/gbePUOjBHyKPCXJ6nUc2V5uqgGv1CP5aMUXKW2Uy2lQQkBzbRVm66AFQoljp"
    "hAlUZZB4zvxSiL9PWS1F1UpvHUnazY7Kf9A/ng8SOjxFIrF9/1V9gSDsU4X1GcMo1K6TrN"
    "q1jTjGPkS/OmpU+Rbyi+BSjU6ASLkai3fKW5vbro74pE/Tt++BUn+LfEpW4eefoHfjBGYa"
    "uVxKlYMxDluxMUGflwjNyoavYAHTFhwGxkOwhAwPsGZOrSd+CeW8/YlKUb6D2gcE5FI3MU"
    "6nc2X3j4w6uPTNveXctTqvwVYVOquVDNhTZ1jWsxFyrWrnLv11Jiu+9YI3WE/aKV9zaay3"
    "ftVaHSkpKaR6vMo0U0gfQY5IQdxcXWCj6qNuuXm/PD1HaY7dIDcb9d7M+1xCQFClSJpWcp"
    "scXFJ6RTt+DVKpQwkZMvkQpyHDhwOFTWi8zjkCNSzS6Z3enxl3SGLHG0KYtZBA9+kbAvvd"
    "tPP11ffbzqX74HHnZsc94o2th0cLUaIzFBTSc2mU7UxJYmtjSxVYbYilaRVZBbiSKz2QRX"
    "pLJtwQqWNy4CE+yiOf/3EU245AG4xTMq4+9kYrgIlQBcFUOEzwjBM0UU9XtZgJJPN74jPR"
    "eBfmgwQFxP5BpcZG96kWa5tnfb8jRXMigwK1FdJ6NrSqz5q2OLKbGd5jg2bZw3Q42Vzn5u"
    "b4b55iMuNTnWAHIsUA4MmWRXZSwyOtBDskYIJqRYEfaXnam3lGgBJ7+bRD1dw2V7NVx25L"
    "vbH4qrhIYibuIhg6ABIiggNoqz6WnZSjO4Ychu4dRVGUVSchJHZfQ0TpS9cDlODjKF7VlB"
    "CVGKb08FeVUO284FBwNAcH59c/EBBGwL4P86FnCx+EuQPZABihhzfDqomNNiR4kKFpp4mF"
    "uS5twIzoopugQpRFt3vEMtC5B2KtQSgqxrNmgnzd45aVJTeAMI67oY3V14vhITW+H8Sk/9"
    "bP8X8dsakRevSIEMnxN+RoFHkAdtCwT9HID7kO1Z+p2gMxPB1TI9bzoRgdnCAxVJLrGRqt"
    "pyTTfRR741YAvoateUdk3FzTvPqjjqcUk96k0ZdUXkU+qo3Ng6Xs2r0HxjvuHOhJEQrDAA"
    "cbnGot+58ZAr075EIht9xzUF8T7NM1PFGk2kmFMiiNhSDEpUZovuhykNH6Vm9uS4AHdynM"
    "mcHCd5E4evYOHiwkZ8rRPzpsoLsqKj7b0xp6/atWL5UdplXoGlxBZfAEnebucVeFPgFXiT"
    "+Qq8Sb0CkDJuEjL70WbzCiqZSl5HoDdHD2t6ZNiepkymiM1shijhJ1TtLIHczx9ukSOTzL"
    "KpuEQx1D2zb7IoubiWKpS39VCKVDxoI0IBybUeRonA+bbglCZkk0tfGrYbF/Ux/6cgHd5f"
    "dLOPq91KPjy21scI8Yve3UXv/WWCD1+L476TYSeZhwhGL3fz2O0gfKXEMYKXoswl8G8ApB"
    "wQB/sh4YNHHh/TLqAM8+UWYD4b3gIIKOLYWYDf25aygosGLn6JvTSnvfHei+RqhBHHBJmI"
    "d6LTLxrAcfunjZU70CkqoyMgikRA6Nj8SN54scTxvMzxVJSmB+cOhopJnF0yISKy/XIJuz"
    "EaaimMgKfMxOVikSMirQtCPio0vY9ypvdRenpHN8wUzvkESEJUO6WaQoYUcUV6BJuIViu6"
    "kJTVrFfTWK8SJE2dYTx304co/GkbJ3o938hJtiwQvxOYIFFRACkQvC0gyMNBCvkEu2zkzI"
    "14KvkAIYuCj7e3qqCdDfZcxLjRFRYbYc/omJ0fcaPUMTttG/UiMTsBqVaOvIgJafaiCHsR"
    "QGZOKeNmmzrpYCXgCen2GX71IL8PVQe3NruPi9R1OM6u63CcPknLgYrs9ZzwjaC9nr5Fpq"
    "9Kt1Z4BXMil7J6aGyQX8MDlnTUnmJV2WzUHl+BSTVdNC6pCZvmqJ5pi8MUPninmqEZF9Xj"
    "3ORxlgGEHpyLxHZjAO1qQ57dix79xo9+MF62+4hts6y5md2DViFL2J4BTVNOeUzLNlZt7N"
    "wH9ON9mAPiohmiLIjNgZ7n2IKuxo44ax27yC+3Sse25yGr0YkiOw3o3Z+1sXqpgqywwdJ5"
    "9IUDB5uJ6hqRg7tOpf+CydjBw47C/RZe6uZ53maRRoXqRvsnKfKlBorDtgeIUnna9jMKLL"
    "5XzQHv7AB8RAwKRwsQIX8U2C7wX1AKKAYD22GIUMC1WTClCATOMHW96HpvVyj2MDr2ogxe"
    "8KfYGsT/ce8Pv/Zd1o/OkEITz8FzfqvcVvyn/oFMlt9owGFCxCNi2sqG8om+ixU0PnnQk0"
    "d84ORXnee929veP79+Czv71vkuF49vfFoM6beO6CPifHwygkkiiwAaoo2cQsESwFdy+cOe"
    "+OQRn33l6vmAqy/+/gn+j4/f4IVfwaPqk1EEiTla9Wx+q2pPp92v2v3aUCp7Px1x2v36I4"
    "56EfdruHWmx1s91mH7vFHewxHOGVExSkkCHrsMqbT17IrJEZFW+PTyXoE6iiZTPCUli80u"
    "JLZI0nDjYAqd7VA1h2dFYvCTa0skBP8sydNYBA4Uszr36LaFTLMPbtvExN7gMWwL26PEhI"
    "7KtI93rCPkPrTdSoAcEdEYF8E4tEHjAPcIgfMMVjAQSMD7oxxsKra7r98TIArL2SibXxYT"
    "at1kLXQOQM4xAOlTADKTnLK1tnYlOW1bZ5sEXKDBOMBlYE8JavDLK8wL/i2B+t3vSBSjzV"
    "CaF1KrIQ9IhT01Uu5+v7zo39xKu9k3FSJcWHoGhvbbd//vgS1pcb5Y8X1E4jVD9nDEfOme"
    "+OJctvUT8DsKyzvKGZdY9RNirTAm4yv/2UmBlf/sJHPlF5dUxqM4d6S8ARlKtWAJqhvmZl"
    "V9au7aU+aYEpoRqp8NaNR3peFsmNO9obCu4XVXnwowpSpuo65DAfYV1cirWqAGUsYkRo+2"
    "pT6Iq0ylrstILy1BW1Gma+PBHu/h/CLr4IRkk26B4A/DgnOjxNkJl36VNuAhIiIqiPyD99"
    "EFY+Qx8DAHkGNhD4cy4AwEdwHPKUIyQG1iD4mcGS/eAuG6eUkgVy87Cdxrus03l2HGf5c8"
    "YgGCAZqB0dS1RMEqIs4it/mAImiJkBMJCX8YcYoD9aPr8JRC15IfVhzIsCJw5HsizqRU9E"
    "Fe6KJyE1aEKxYwpHabnbjFkMPsqAStXWrtstlwal96BV+6InMzc0FV6S/NCf8uu54eHZ68"
    "PnlzfHayWEYX3+Stnv5K2ZC6Mwu1UaH/RFXKbMUnqr4WqTUzsB0EIGPQHHE9gWGuOATqxg"
    "Hoi2MX5owrKiL6VASf4gfhzZNlMPkPAFy74BrKvf+tOP/xXlV0po5blA5vDRXCMIo18rkb"
    "C7TTxWp0tGRDd4I9jZsrEi25fL/LUMpxqdYVLjkuFGBwnBNgcJwOMMDcrrRd6BjhmfeFwU"
    "4KttBXUk+6nv3/KjYpL0kvkNiebtYSczcVU1o6CiQp18JJXku1YTqCR6dnpfyBC4kWYqy9"
    "gXtAMMRtgKKYxqU0qNonuBufYCS/dU1oI+m0LcU2/s6WdQ7Wyfhc49m5fwrhHYNMSfwkm3"
    "Tz+J/osYZ00XwlEfRlJHkU4XcKz/UOzvMGs7BAMEXIBbx/cfIJ/+Gu8B8NMaL+KZ3cLAWz"
    "EW/BRjYFA8f2qOB6ePs0J1T73dY4RrxZ++yPwfnY1OAjp7CR8jJllkJbTJXZzfa7wUwZcy"
    "RcxZXotZikpteaQq+FGCXTUhvi0riZsiHmsH+EtqPa3WLXc7c2HLQ0JmHTQmU9JohS4Ung"
    "2wPmHzloojBD4HrAljy1iyDhZkAWgGx5mteA4Am4H/PZeA+ga4F7yQ08sft3QNTjcMfPaG"
    "pnq/uG31yKTIKY38dL3oc4yEQEhbiBuH9dhNnei4ARvqeSn+icMjT5iXKtkD/ngTd/0RX1"
    "Q1wMlr0FR5vx3RKVre8vXmv+mHxl4HfxmPai7H5H1V6Uti3zRbwoYukoQ8GF7VtIwG2+LD"
    "bHPVjKy0Acl2oh0EenRahO3irHZZLOMJk+lM00joi0EeU6co0D9SKNcvYJgRGR7Z8QqMo7"
    "Frfdxd5cy7mBS92tjI4Ul2p8YciO0IMF3cMAJsCDlI7RXEQog9kIUxSqpCLOWei8wIRkEY"
    "28Lc+Ars+5aUT349SOjsftMgHGVhb1zVecCSwwBc6ZsQZRER0LmqTLknZtCtd8Y0oh3kKL"
    "ak8sKAVRljahZG1yRAguVUsoLtW63ObTQtrnaY72eaqIGBFhNhUOBFmK6XMCmvwmBTRoyb"
    "MB4lLaksu25BrC719jc2zhmdtReq6Da918l3Wk1UpKX1gPglZHE0SG4ggmQGc2M0fguTAh"
    "bAscvnjLLQmZc8BtxUfehfQW30NH+MZFwtU9mEBZX1vmG8gUTOGKxmPkpn3VW7jfGt5q1c"
    "v1oyRQrqnkZZPn/jimgc11Ry+FdOXGEv7oYL1Pg51Xzmoh0gJNK2/Lr6OQVejGfyh33l1M"
    "qgWwJyzxQuXxDnPq4x2mC+TpUIts9PfTB5cVahGjYBbbfkn6MCWoKcTcyOIlXmmU66qM00"
    "xcV4a/pqZWow766SFim6OOwn4IruRaD3DZZpXtkI2r1sCbpYE/IkKD+kpFNZSISBtZgzoS"
    "E8VLVQLhoHkL0a0lIy7zVIsV3nVlIdIteNd3s/9vzI++Uzrsr/8Cmqy4Aw=="
)
