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
    "eJztXW132zaW/is4+pLkrOKJX5tNducc23Wnbp24x3YmM9P00JAISawpggUoK5rZ/vfFBU"
    "mJ7yIpUQIZfElsEhekH4DAvc99wX96U2oSmx/8wujIsknvHfpPz8FT+CF5q4962HVXN+CC"
    "hwdSqOdGGg24x/DQE5dH2OZEXDIJHzLL9SzqQOMLyzE5wmjGCUMeRd6EII842PHQfEI5QS"
    "b2MFxdoDllT8hyDqBjkw5Fz5Yz3qCPmWP9MSOGR8dE3GOip19/E5dFZ+Qr4eGv7pMxsoht"
    "xuCwTOhAXje8hSuvffp0/f0PsiW838AYUns2dVat3YU3oc6y+WxmmQcgA/fGxCEMe8SMAO"
    "XMbDuANLzkv7G44LEZWb6qubpgkhGe2QB3739GM2cIKCP5JPjn5K/Bq0WaGcbH2wfj/urB"
    "MHqp0YFXSIAdXBpSB0bWcjwA6j9/+v2uAJFXe/CAyx/P714en72SEFDujZm8KeHq/SkFxe"
    "j4ohL0FcpDRgATA3tptL8XdzxrSrIRj0smkDcD0YPwhzojEF5YDcFqgofghvA1AHhP/IHm"
    "rWMvgrEvGICH6w9X9w/nH36Bx005/8OW+J0/XMGdI3l1kbj60h8vKr5d/5tedoI+Xz/8iO"
    "BX9K/bj1fJUV22e/hXD94JzzxqOHRuYDMyTcOrIWqi5WrUZ65Zc9TjknrUVRn1EKPIsAdv"
    "vxp1TjxP/Ok8PeY/3d9+zB7vqExytK2hh/4P2Rb3mhrnyAo7mFm2eBN+AI/dxyILGMUG+u"
    "Pfz+/kyvvh/B+JQf14eXN7kRxB6OBCLserIXGoRzLG44F89bLHYymQGAzxRzQ2CHsA++Hq"
    "Hw/FYC+/rJvbj38LmydHIA42vI5LjOGMe3RKmJGlYVxOMMv5EjKlaw1DsEQrs+RN8VfDJs"
    "7Ym4hfj05PCwYmHAbRKjnng1tH/r049L6qmIl4vk4XE9qmardnvDfR5CJ7OM+ZwvmARkR2"
    "qykrCSZYHqOnTK3Yn3lpaH+gjFhj52eykABfizfBzpBkABoYcw/Ljto5R1dXV8PK8Hxprs"
    "W/UfH3i7+aeBKBO6Gu3F1fPvQk0AM8fJpjZhoxxOEOPaKZYwCTNT0Ctw55oOKfkvh/Cjpp"
    "45Rei33kc44hf3l+f3n+/VUC+DjOcGt6NE1ewQ4ey78X3gzeIz6PM+iK1QzPZytWn9Nasi"
    "IfJE0lKLBm9jWV8A0ZlWWoBPl/BTU6bL87+2V3mvObN2U05zdv8jVnuJehmeTvoKuBCCjh"
    "DGvyIpD84ec7YmP5N+ZumBH2uWVjkbdrxk3A2WDZ+YZI3Ue6ap/NVwotYPJtmkUYVQHqs9"
    "9LV6cUebZMEiih9UG6ivTSRZR+p4MNp9FPdNBVcGZcaN0GeSYgtBFIn6CnK+ioq1gx4lK2"
    "KUx3spMuQZS2pAuMvyiawoZ8JgYeDuksi/EIUQ3t7jLYyi7PVz12ZGesaDKfu9YDfSJOL8"
    "NoXt7rF5nN2LWEuRs2W+vmP0cDghlhiBNhUHl9xD3KiImosDsQ5sjyOLr/8fz10enZAbpg"
    "dM5lW85BF0JCEsmHcfEfTQcAbL13bc9re17b88rZ808C0ir2fNh+h/5IsS429SXFDfrDsx"
    "L2/GFysFbmPNz6s2VsSWPe3gS0pbiSwwKu5NDnSmJeRthhjAnmkyoYx6W2g/Re/QdxpM9O"
    "SgB9dpKLM9yKw+wyMrK+VoF4JdFB2u/wqMxMPsqfyEdJgMlX1xIreo2dNy65hZ1XTeVc9Y"
    "02IxorvdPamHvGjNfSsJKyeqRVHmlGnsUeU2ec45I7GWVFgjdaN8jSG4/HJItFyd8Z41Lq"
    "qnm9hwlBQ9sSL4q8CfZQYOMJuz/FFZTZNE9K6X8nBfrfSVr/s9wq0PutFYdcTEAxR4FeQX"
    "PMl6iPGJ3Ww71McN9JfmzfSSq0T504NHV3rPqRaNlRUJXj0OrGQakB6ZYjodaEoG0vauoX"
    "zPmcMhMo8czgqXiDfmHGV9DUYMu2JRjhUOq1lEK25Ty9k1Stz+IiiyOTMOs5WFLQ/dXlnR"
    "izn6/+ibBjipVeNGB0/kIsQGZfXpJ8rzchGQRxcw/74vhdvFhyzNDZE3G9A3Qvnm8TSEx7"
    "D6skkXlqHnpcmUKPiDI0nxBH9LlA/svRkUxhk+lsoitQpTUrrcp62NestGalNbO3TpfbPr"
    "OnEPGk2sfVko+prKlaK/dT803tGN8O28GSe8D8CXRIodXVZR+0Fayt4LZB2lYrWKKeYfyG"
    "o5Fv84bDrrOGumvPwRhXjYqIynROqz88LRUZcVoQGXGaYsbJFFt2FYiXAp3D9+i0jNkkWh"
    "Xkt6cMp5F4sFF1GseE1NW/9p0NFQs9CVnQqlRASrCDgSiNVG6whE0vtpjnrPwWSm2CnZz9"
    "MCqXAHsgBJtCO1xYdrsBXtze3sSsw4vrZEGSTx8ursS6LbEXjSxfN7v++JAGXOixo1F1vJ"
    "diO4R7eaXVeM9cwrJtjLWYR0U17hVwlyFMNh1bTlUeKi6pqSiVqSgYBeN3ajkkw5oqHuaE"
    "aAc55Y45bGqlrftZQRkLb4V0vmg6VcumQKmcx7jvf9MM/2TMQVcReyILbgRO380gu3aexT"
    "b2i99na/eTkoiBl0fDtQ4uPDMtbysp2+fQU9mU7TZCZRNzTJgh/kBmbVqe5Eb2dSW66urE"
    "0jU3SoCkq0moV02ijR+bLiaxzWISkUMJNi0iUb4MVVumXUWnaVyHyvCeppSsfDeqJZsabq"
    "Tt+tBhB/licNgDt8YOmrkH6DaIx0XAoocxtAzPkegXwmj9mhAZxSM27U27cXfBLumwXM3y"
    "VCsWQRaVPXFRmc45l3WyvU62b3Tl0tm5OuRZj296fFuVYq9HueYo6+NydnhcTqiYDxYVA9"
    "tTghuYU+35mKod3VID1riUxrQwY2A1B9MQN5U3oCaua9MGUp9rLHlAvAX6+Onmppc1gzW2"
    "61My1gO7n7SMiN8xq0JtzCtZUKN25QctTSyK3ohjvpbJ/YwMKTOB/JtPKDItU/yPPaAJxe"
    "/TPpozy/OIg+aWN5H84HCCnTGBTH9flGeyjQ08Yj0F+WtP4uDP8H6M2RItf+0JXGiYoJO8"
    "F/1dU5maylSUi+kulel/nHWykdKSHTA2dpGTFFssSycmxaQ6yHBun0L2MBN7VmWkE2Kdm9"
    "SNAV3tXNmYkAZ5Pcj7PEpWTTNkQzqiW+UilJmo3S4IWhPmRup+DsiIsoy9Lf9Y+5XERofa"
    "t2c5aOT0ejzysnLm8mFfCmjU66M+JRziMqu4QSIiHVhRdu0IifI2ZRWOqIzWNwqpegmVZp"
    "LXMMnRCaUUj3zJiGl5f2M554NHb/eLmOShbGiMWdmjwuFIMpsOn4DZ9YV9ChcqztK5gxjU"
    "MHEE9ghP4Si6PuIUceCF4RplJmGyyKwM41nII8rIV/HAzLPPGntQGVo5OJ0vGH2LG9T1kx"
    "1dZlFmedIPE49GSvLL8bv+b5pt1myz0rxYd9lm9U9Za3FEZ3RVjAN8P8W2fe3kaMlRuQTQ"
    "VnMH6h5WQ7n3BrmMTin8im30EvYZD40sxr1XfXSIyDNh4t1h5xE7LClbHnMMr/v6+Oi7s7"
    "d9SNkUv8Ev3xWMzf2H85ubdF0PAeHYEq9mDHMS0Kxx7gikZXc3Dk1OeB/d/z46Oj7+7ujN"
    "8dnb05Pvvjt9+2aJdfpWEfIX138D3GMfRHoglmpJnZHIENZDUXsoIipbYgjWlBdaKnoqF9"
    "BKThb0V/TmPXoixOXIX56kUi+U5dny4IWleixfpeQqtZvCRAolBKhpq6qugJUKJY6YQLVG"
    "WQeMt2KUoVJEReouKqM8dSeLo/sVNpB88fjpbLDUysV38xW2gkMxzleUp0yjUrok+jrWVK"
    "K1Bd4UCkGxZ3K+6rCd+JagUKMTLEai3omV5u768mFfJOpPdPAjTfBviVv9IvL0dzowJmGr"
    "tcQprBmEi90JQ0Y+fiJOVDUbYBsmDJpPLJsgjETfiM0c/h49CuuZDmXpBv6IOF5waDSchP"
    "qdJRYe8fLZpxPu7qnVKVXxiXgzrrlQzYWqusZ1mAuFtava97WS2O03pqSO0C5aubXRXL5r"
    "rw6VlpTUPFptHi2iCaTHoCDsKC62UfBRvVm/2pwHM8v2LIcfwPP2sT83EpMUKFAVlp6VxA"
    "4Xn5BO3YFXq1TCREG+RCrIcWTj8TizNGsRhxyRUrs6fe9cfKRzYsIpwl7MIhj4RcI+n999"
    "/MvN9Yfrh6vvkUtta7hQijYe2rRejZGYoKYTVaYTNbGliS1NbFUhtqIFmzPIrUQ953yCK1"
    "JEumQFy1uHoCl1yEL8+0ymQvIA3dE5l/F3MjEcQiWQUMUIEzMCeKaIov4oC1CK6SZ2pJcQ"
    "6EdGIyL0RKHBRfamV2mWa3ePrU5zJYMC8xLVdTK6psTUXx07TIntNcdRtXHeDjVWOfu5ux"
    "nm24+41OSYAuRYoBwYMsmuzljkdKCHZIMQTMxpRthffqbeSqIDnPx+EvV0DZfd1XDZk++u"
    "PRRXBQ0FHuISg5ERYSQgNsqz6WnZWjNYMWR3cMCxjCKpOImjMnoaJ8peOAInmwzB9qyhhG"
    "SK704FeVMN296lAANhdHFze/kzCtgWJP61TeRQ+AnIHuwhTjzP9umgck6LPSUqmGTqUmFJ"
    "DhdGcFZM2SUoQ7Rzxzs0sgBpp0IjIci6ZoN20rTOSZOawltAWNfF6O/D85WY2BnOr/TUz/"
    "d/Mb+tEfnwyhTI8DnhFxy5jLjYMlHQzwF6DNmeld8J23MIrpbpebMpBGaDByqSXGKRrGrL"
    "DT1EH/mmwBbQ164p7ZqKm3euWXPU45J61FUZ9YzIp9RBubF1vJ5XQX1jXnFnwgQEawxAXE"
    "5Z9Hu3LnFk2hcksvH3QlOA72mRmyqmNJEynDEgYisxKFGZHbofZjx8lYbZk+MS3MlxLnNy"
    "nORNbLGChYuLNxFrHcybOh/Imo5298WcvunWiuVHaVf5BFYSO/wAJHm7m0/gbYlP4G3uJ/"
    "A29Qlg7gmT0LOeLW9RQyXLktcR6OroYapHhrU0ZTJFbOYzRAk/YdbOEsj98PMdsWWSWT4V"
    "lyiG2jL7Jo+Si2upoLxthlKk4kEXEQpIrs0wSgTOdwWnNCGbXPrSsN065IGKf0rS4Q/Lbt"
    "q42q3lw2NrfYwQvzy/vzz//irBh2/Ecd/LsJPcQwSjt/tF7HYQvlLhGMErKHOJ/AcgKYfg"
    "YD8CPnjiijHtI+5RsdwiKmbDO4QRJwI7E4lnW1IWuGjk0NfUTXPaW++9TK5GGHHMyJCITn"
    "T6hQIct3/aWLUDnaIyOgKiTASEjs2P5I2XSxwvyhxPRWm6eGFTnDGJ80smRER2Xy5hP0ZD"
    "I4UR6Mwb0mqxyBGRzgUhH5Wa3kcF0/soPb2jG2YK52ICJCGqnVKqkCFlXJEuo0PC6xVdSM"
    "pq1ks11qsCSdNkGM/9bBCFP23jRO8XGznJliXidwITJCqKMEfA2yJGXBqkkE+p403shRFP"
    "JR8RYnL04e4uK2hniz2XMW50hUUl7Bkds/MtbpQ6Zqdro14mZicg1aqRFzEhzV6UYS8CyI"
    "Yz7gmzLTvpYC3gCenuGX7NIN+GqoM7m93HZeo6HOfXdThOn6Rl44zs9YLwjaC9nr5lpm+W"
    "bp3hFSyIXMrrQdkgP8UDlnTUXsaqst2oPbECs3q6aFxSEzbqqJ5pi2MIPni7nqEZF9XjrP"
    "I4ywBCFy8gsd0YYavekOf3okdf+dEPxstynqk1rGpu5vegVcgKtmdA01RTHtOyyqqNvceA"
    "fnwMc0AcMifcC2JzsOvaFtDV1Iaz1qlD/HKr/MlyXWIqnSiy14De9qyN9UsV5IUNVs6jLx"
    "04qCaqG0QO7juV/jNlTzYd9zLcb+GtfpHnbR5pVKputH+SolhqMBy2PSKcy9O2X3Bkir1q"
    "gURnB+gD8TA4WhCE/HFkOcj/QDniFI0s2yOMI6HNohknKHCGZdeLbvZxpWIPo2MPZfCCH2"
    "FrgP/j3h9x7zdZPzpHikxdmy7EowpbiT/1dzL0ihuNBEyEuQymrWwo3+g3WEHjk4d8dZkP"
    "nLzUe3l+d3f+z1+/hJ196f0mF48vYlqM+Zce9BFxPn41gkkiiwAa0EZOoWAJECu5/MO+is"
    "kDv/vK1cuRUF/8/RP9rxi/0Su/gkfdN+MEs+Fk3bv5req9nXa/averolR2Ox1x2v36LY56"
    "GfdruHWmxzt7rMP2RaPcwhEuGFEYpSQBTx2PZGnr+RWTIyKd8OkVfQJNFE3mdMYqFptdSu"
    "yQpBHGwQzbu6FqDs/KxOAn15ZICP5ZkqcxGR5lzOrCo9uWMmof3LaNib3FY9iWtkeFCR2V"
    "6R7v2ETIfWi7VQA5IqIxLoNxaIPGAT5nDC9yWMFAIAHvt3KwKWx3v/6WABEsZ6NqfllMqH"
    "OTtdQ5AAXHAKRPAchNcsrX2rqV5LRrnW0acIGGJwCuAntKUINfXWFe8m8J1O//TqAYbY7S"
    "vJRaD3lAKrTUSLn/+9Xlw+2dtJt9UyHChaVnYGi//eb/PLIkLS4WK7GPSLzmxBpPPF/6HC"
    "5cyLZ+An4vw/KOcsYVVv2EWCeMyfjKf3ZSYuU/O8ld+eFWlvEI545UNyBDqQ4sQU3DrFbV"
    "J3XXnirHlPCcUP18QKO+Kw2nYk53RWHdwOuefSrAjGdxG00dCtBWVCOfaokaSDmTmDxbZv"
    "ZBXFUqdV1FeukI2nHK3vIkAhsWNLuTOceXQWddAmsHkTHf48Vl3ikTySb9EpEyhokXRoWD"
    "Jq78knbIJQzCT5j8QfTRR0/E9dBggbDAwhqPZXQeCp6CXnJCZDTf1BozOe6v3iHwc71mWO"
    "jivQTuDT3mi+NRT/xd8jwKjEZkjiYzx4TqXgwObrfEgBJsQnyOhES8DBx5wf1QRDrj2DHl"
    "L2tOr1gTZfNbIiinUqhGUZxnpsaSEdtZwurcbyrnDuMz80M4tCquVXG14dSBBzUCDzLSXH"
    "MX1CwtRp1Y+arr6dHhyXcnb4/PTpbL6PJK0erpr5SKFOlZ6tgZ+k9U/85XfKK6fpnCPCPL"
    "Jgh7Hh5OhJ7gUaE4BOrGAXqAMyoWnlBUIFQXInXpAFyfsmao+AOQ0C6EhvLoX4XDMh+zKv"
    "Q08YjKscChQhiG/EZ+78eiEnVlHx1aquhO0NIgwzKhpavvuwr/HpfqXJWX41LRGMcF0RjH"
    "6WgMKuxKy8G2IS9UATsp2EHHUjO5jda/s6i3oozGQGJ3ullHzN1UAG7lkJmkXAcneSOlmf"
    "kEH52eVXKeLiU6iLF2nbaAYIjbAGUxjUtpULUDdT8O1Egy8IbQRnKPO4pt/Jut70ndl4+w"
    "JZn4jboIf6KDXgYtBpf7RYzY70GDUgnzUzErwGHmWmRIwBcG7z5mdOaYkrR6L095h+qLoi"
    "0eTiwhs8xj9yYWB1dbdnL8drr+4nxxHv2TWTj5Q55EL4+gJ38sj6CHytcClSu/pIjofUqh"
    "F+rYi4BOAwnRGbLp8KkPafdwAUgRGx46wRw5FI2xu3nefZRYS6XHr4pYJput7kwIZt5A3M"
    "24xwGF8LKm8DSFp/6G1WEKT2eHd23UQ4yKssOfBKRVrP6wfQdt/u2XLW5HXeieaDojO6ri"
    "eliOuyqgrtKHijE8zQC56EyxUGL3R4plJSrCY/ehIjRy0JgwFBzxPpUGJCqjxpDsK3e0kS"
    "EhXOy7ArQ6lb3Tsp0JONmxR2MCgjVGIC6n0a9Z3pI+EYcbVkZ8VRH4MTGN/UbY01lW5ZH1"
    "4AdyGv26nlTuGVNrCAcNVl58MoT1OGwwDnWHQH30pVEzJibCHuLE82wCVdTfITl5Xsv3R/"
    "8FB/b1keRMRctZ+sRzlQYMex6ZuhlrVu5QRSTUHac3CHJH7CCKkzA0shiHgE3MxBBZXrUx"
    "2ShqN6akMkaZwNKsFO4Rl9IZ3AlrOR2G4AM2JZzjcaVCKSnBDoC964odS79PhTUlJqPsqr"
    "LTYP8opD53VYO0jgl2kLNuL0eddk2EjsKKQxwRa835Lb3PE+JIP7CH+RMK1ls0D49Ehr+p"
    "5A7dqRmgT+v6BkZ5ZDkWn9Qa5oSoHmeVxzkWFFJxoJOyeqRVHmn/ED2DEYEsrxlTkt2FHn"
    "eVxz0YrYqnsMWlOmBg6qQCNb4fXQRCpxOoBauux9bmemw5XpwKKQRhgHeHsE5MRzwmxjaQ"
    "+gQ9dRorJtNJtpKT0lqtd+e5KP6Myk5IWc62wqwUf3bLZqVyU4Tx4vqHKwrhF3yZsNFHc2"
    "Z5HtB+jp/JwbDDsR+RFhwz66eVWB4K5kp2isrWn5BZPQ7+9CABhPyxWbk4nbuhczd2F+3d"
    "zij+Mrkb1VyKO3cmNjmoW/YnVq030eE6E0dl6IqjfLriKEVX1Ag70AEHmwQcwDaRRjs/ED"
    "9sr0YQfqfyIqpvyJ3diFuy8WqiWx2ie2VzlDUgVhKaky3mZIMCCxsSh0Edh3YCupY3XM2m"
    "qrRhkzRGhBrLIDLixFk+lRGh6sqRGVD0VQoBd0AdglxGoWwtQ0Ns2+98OkEerRQlIyCOXZ"
    "azAMIBMjvQyBrPGMngMpp4QOUqGMmaFqspEIZ5J+tWhAOjC1hoEkTVBa/DJEhL8jVaRIaE"
    "y24V1TYq00FSZPtFIvwtowLCS4EOwttIbdN25f42vz7o9N9vawBsAZAzXBhZVVJy0Y8LdQ"
    "n9rW2P7c2s7twUD8uUZB1JRqlNsJOTXReVS+A/EIJNDcDySoXMILCKl4aw76UnJlR6lKby"
    "e/9QOHHFpmAlLzbPErq4vb2J6f4X10mfw6cPF1diP5a7sWhkeTnjo/m7LYao6qjf7kT9qh"
    "mNpYN+ddBvW+Zq7Zhf8Xz08dPNTS+5U2lvSCu9IUEEbIYnZBUbm+8FYas2paI5l0MbqGIH"
    "6FHMM4twgcwjgrrgrl/a+5kwDiXnERYtAylg16f4iXD0Epr4FVgsLvO+6dxBlvkqO8JzJ0"
    "/dZsHw5dvBzeCltH9E+0dUXQI77B/RBb67NuoZEUq6wPcufTee5dnVwoVDgc7FfDVy2KUs"
    "3mJUPUg8LvVNHydOHLMyfFGZbxq8kWV7QmNNY5cfQB0R0THUsR1yGzHU1M05vCt/QCIiek"
    "C2PiAtOeDCFUsawLaTjXD7J1yEZnMK5lznYkRid07Fw6bg3bLbNkZJlKUaYkLafZJ9WnMa"
    "0PzEroiIurqw9Ll+wOzJBH6MwTICd7ZQgLGJbK/w7OsnsqiyJCfEFB6Ne08AMCZIvGmYtl"
    "57cHZgvezJ6a2mm0b7vFWDVFe60k5vFbyJaju924rq2kpX+3J6q7k91fV5r4IIylQO42S4"
    "tePH7/2+OjSFU9SCPEJmO2CFvXUJruaDKZZH3OcGVSxb9NcHVxjDaON1URb5+JSJT1hOH/"
    "hoZSQCnHZj07H8Xccf6PgDNT/2lnqiy8QfEIhcFwpERZsjIaYN4zQFv1zoKsCalNP2XPIg"
    "49V+UQHWuJQGtdhI5lG1bEPro7uKXj9hiiQ/3fX2XTArt4Dy51VPHUU3/gWvxzbcn7YA7l"
    "Wkq1buZWvBTWzmlU3p5k2e0KzOtXgidvdag4dH2jZr7wQPDLYdyqUrRBs62tBRdTnusKGz"
    "/PxSY54bsBEV6VIa+NaCNiZitgQhPGX92hGRLgYzN+Gxju0iZTeH+NajLZ5Ci2eVZrYVc6"
    "e9sK5VFWPTqv5hLdqPoIAfYQVbvlodRXa9Yh1r3bArwVfiU7o1OBVWk1Sr2lrVVvTD77Cq"
    "rXMauzbqIUZFOY3awNq+geWRr5Xit8P2nTCtdh6pPSHDJ6N69kxSboex2kJBgIeT8KVal0"
    "Uzc/jM9YumpSHPTyBLiKmRRAbP60wSmSYdth8UEDNZyuc4xQwdDapmcnbF5GRM3q0h271A"
    "2STA8Q+3PlcWxmduhSqLRoZ2BPdGmbIbOr/ANkxoSYX1MpiyZJN+EVNmC5Nq4Lf26bJSVF"
    "nv80QyYQgjPy/jBUdiSSTsmaA55sjG3EOcEAeJ/t+JVuIPdwSWaEwJR3TmISpMTjSfEDhp"
    "1uJoZFtQkoxC+3RNs8aftp7gy+Xt1Eo5+zZYPIsbYuQylp+iIs4roR1WcN6PurLFkszDCX"
    "bG9QjTmKSmzlSnzlJK7H7iq25n3pgK2D9gy87a3WL3C7c2GrQ0pmHTUiU7g7NkYXuAQ8UE"
    "aAJXfoAgyX9AzQXUwoQ0csKIibCHxHOtZ8IWaMToFD1CZbRHecDYo0yZ/+o9vhdbkm05Ty"
    "94amdr+oFfHKH1MeL5fbwWfQhRE3LinUDcv28wMnpEL+Weyv7CF9wj079woUaL9zxwF6/6"
    "iFMoIr/qjXsU3kfslqR0OdAVJeWI1zSCg5VkFVDtF9N+Mb3Mb3GZL+MX01Ufm6z6SI1gKa"
    "8CcVyqg0AfnZY6MP604MT409TBv3w2+J0MM9aughJjK5Euolwq7u+oIO7vKB33F6gXVfwi"
    "ERE1fCLdKqy31N0qEvgRKeUzJWV1LaB7PEQZcjHnUNiJ0TmaTygnoUoKZZ5A50VDzKAI2+"
    "bVt9pSd0jNJJ9NfVO6ZmTa231Wxtud1Ccj3u6z5IoeWGBVTvyLiuwuROZNUwBvOT4madem"
    "cC02pjLEO2hRtcSCyiDK0iYU+B4MwhitdPxxXErdWoo1F6rTUtrnaYH2eZpR5R1Smat/Uh"
    "GxLXxK7dlrW/clBTRophJVcMx1TEpbcvmWnCL8/g0dylKsvUzPdXCvX+yyjrRaS+mD9QC0"
    "OpkSNoazihGfW95wgl6CCWGZ6PDVO2FJWDZBoh/rWXQhvcWP2AbfOBTIe0RTvEA2HSPLAR"
    "tEXANXNBw8nfZV7+B5G3irsz6uXFUv85vKUPKCRXEzFl35IOh88twfxzSwhe7olZDaBwor"
    "5o8O1vs02Pkx6BGRDmhauw9C9934g2rVwmNSHYA9YYmflgo8Py2IPD9N06s61KJjPrgyWU"
    "qrbb8ifZgS1BRiYST2Cq80yvos5FikcGpqKVWB6ZwwazjpZdgPwZ1C6wGv2jSZEK418F1q"
    "4LlnH+VrKPmHH3WCNTg9LeVlPy3wsp+mvAXio6qAcNC8g+geluJkDgs4mcMc73pWjcs13v"
    "XM05F24F3fz/6/NT/6XumwP/8fXcoyrQ=="
)
