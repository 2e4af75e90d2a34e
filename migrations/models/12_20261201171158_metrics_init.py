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
        DROP TABLE IF EXISTS "metrics_snapshot";
        DROP TABLE IF EXISTS "request_aggregate";
        DROP TABLE IF EXISTS "payment_failure";
        DROP TABLE IF EXISTS "user_activity";
        DROP TABLE IF EXISTS "subscription_change";"""


MODELS_STATE = (
    "eJztXW132zaW/is4+tLkrOqN35JMuzvn2K7TunXiHtuZzk6TQ0MiJLGmCJYArWhn+98XAE"
    "kJJEGKoESZZPAlsUlckH4uCOA+9wX/HsyxjVxy8GuAJ46LBt+Bfw88OOc/ZG8NwQD6/voG"
    "v0DhSAgNfKnRiNAAjim7PIEuQeySjcg4cHzqYI83Pnc8mwAIQoICQDGgMwQo8qBHwWKGCQ"
    "I2pJBfXYIFDh6B4x3wjm08Zj073nSLPkLP+TNEFsVTxO4FrKffP7PLrDP0BZHkV//RmjjI"
    "tVNwODbvQFy36NIX1z5+vPrhnWjJ329kjbEbzr11a39JZ9hbNQ9Dxz7gMvzeFHkogBTZEl"
    "Be6LoxpMml6I3ZBRqEaPWq9vqCjSYwdDncg/+ahN6YowzEk/g/J3+PX01qZlkfbu6tu8t7"
    "yxrktMNfIQN2fGmMPa5Zx6McqH//FfW7BkRcHfAHXPx0dvvi+PVLAQEmdBqImwKuwV9CkG"
    "knEhWgr1EeB4hjYkGaR/sHdoc6c6RGPC2ZQd6ORQ+SH+poILmwVsF6gCfgJvA1APiA/YH2"
    "jecuY92XKOD+6v3l3f3Z+1/54+aE/OkK/M7uL/mdI3F1mbn6ItIXZt9u9E2vOgG/Xd3/BP"
    "iv4F83Hy6zWl21u//XgL8TDCm2PLywoC0N0+RqghprudZ66Ns1tZ6WNFpvi9YTjCS1x2+/"
    "1jpBlLI/neR1/vPdzQe1vmWZrLadMQX/B1yH0Kb0LM2wo9Bx2ZuQA/7Y55hkOUYpRX/4x9"
    "mtmHnfn/0zo9QPF9c351kN8g7OxXS8VomHKVLo4x59oWp9rAQyymB/RGNKeAaw7y//eV8O"
    "9urLur758GPSPKuBNNj8dXxkjUNC8RwFlmqHcTGDQcGXoJSupYZ4im7NlDeHXywXeVM6Y7"
    "8enZ6WKCZRA2uVHfPxraPoXhr6aKuoRLx4T5cS2uXW7pnx3mYnJ63hpGAIFwMqiex3p9xK"
    "MLnlMXlU7oqjkZeH9h0OkDP1fkFLAfAVexPojZEC0NiYu1911M0xur66VmsAFytzLf2Nsr"
    "+f/dWICgRu2Xbl9urifiCAHsHx4wIGtpVCnN/BR1ipAz5Y8xq48dA9Zv9UxP9j3EkXh/RG"
    "7KXPOYX8xdndxdkPlxng0zjzW/OjefYK9OBU/L38zfh7pMexgq5Yj/BitmL9OW0kK4pBMl"
    "RCC+bMoaESviKjsgqVIP7X2EYn7fdnv+xv5/zqVZWd86tXxTtnfk+xMyleQdeKiClhhTV5"
    "Hku+++UWuVD8jYULpsQ+d0wXRatm2gQMR6vOt0TqTuqqezZfJbQ4k+9iFWGkA9RvUS99HV"
    "LoybFRvAmtD9Kl1EsfUfoDj7YcRj/jUV/BCQnbdVvoCXGhrUD6yHu65B31FasA+TjYFqZb"
    "0UmfIMpb0iXGn4wmsyGfkAXHYxyqGI8E1cTuroKt6PJs3WNPVkZNk/nMd+7xI/IGCqN5dW"
    "9YZjZD32HmbtJso5v/DIwQDFAACGIGFR0CQnGAbICZ3QEgAQ4l4O6ns2+PTl8fgPMAL4ho"
    "SwjfCwEmCcTDCPsP5wMAdt67seeNPW/s+dbZ848MUh17Pmm/R38kmxeb+pLSBv3h6wr2/G"
    "FWWWtznt/6q2NsSWPe3gy0lbiSwxKu5DDiSlJeRr7CWDNIZjoYp6V2g/Sz+g/SSL8+qQD0"
    "65NCnPmtNMx+gCbOFx2I1xI9pP0Oj6qM5KPigXyUBRh98R02o9dYedOSO1h527k5b/tCq4"
    "jGyq+0LiTUCkmtHVZW1mi6zZoO0BNbY+roOS25Fy23JHijc0oW3ng4RSoWpXhlTEu1d5s3"
    "uJ8hMHYd9qKAziAFsY3H7P4cV1Bl0TyptP87Kdn/neT3f46vA33UuuWQswHIxiinV8ACkh"
    "XqkwDP6+FeJbjvpDi27yQX2teeOLT2rlj1I9HUUVDacWh146DaAemOI6E2hKDtLmpKoK6g"
    "fxNtFFO/idpNvFR/+VWuY10+SJbpHVNxeFqJEzot4YROc3sCNIeOqwPxSqB3+B6dVqGCWK"
    "uSyP4cGTRhD7Z0h3FKqL07sOeOA0uRbpCQBWYrki69mRPsIQXXSM6KQyy28jpPqsgejF0E"
    "vYL1UJbLgD1igk2hnUws+10Az29urlMm+vlVNhXr4/vzSzZvC+xZIyfam119uM8Dzvaxk4"
    "k+3iuxPcK9utJpvEMfBWobYyPmsqjBXQN3Qd66eOp4tWjflaQhfdvMB3ItWH9gx0MKa6pc"
    "zRlRE0DRFsUXBVDUCtiP4qEUE69GIKMcSNaxIVAp2pNvXh/Rklgx8bkdWlfeE5uUf4367O"
    "zsWBEx7h00cG2CC4a2Q3cSen3Ge6oaet1FqFxkT1FgsT8wcLZNM7oWfV2yrvo6sEzuTAWQ"
    "TFZI+7JCuvixmaSQXSaFSMUFt00GqZ5O2pVhp+kCTO+hFL7A3Car2CnoiKaWL7XdnBTigU"
    "iMF20kztQDoX8AuOUlSjhyThjgifg5gAvA+gUOiXM7FEkg2/ZmnJL74EpM0ofhLPSSPtBS"
    "268ky/TOVWqC5k3QfKMzl4myrR1lW6tsrQmV74Z+OxUqb7RcU8um7O0ey94mG/PRUjNMOy"
    "e4hTnVnY9JrwRrDVjTUgbT0vj39RjMQ9xUFHw7cd0YBJ/7XFOh8OwtwIeP19cD1Qg22G5O"
    "MNgM7PMkGUh+R1WlmZRXsqTWzNoPWplYZL0hz/5WVIAJ0BgHNif/FjMMbMdm/0PKaUL2+3"
    "wIFoFDKfLAwqEzwQ+OZ9CbIp7XFIkSJdvYwCM2U5C/DwQO0Qgfppgt1vL3AcMFJ+km2Xvy"
    "74bKNFRmS7mY/lKZ0cdZJ7cmL9kDY2MfGTapybJymk1KqocM5+4pZAoDtmZpI50R692gbg"
    "xovfNhUkIG5M0gP+eRMO00Q7akI/pV/qA1A7XfhT1qwtxI/Y4RmuBAsbYVH0+3ltjqcLru"
    "TAeNnEIHJ1SVAVYM+0rAoF4f9TkiPC5Txw0iifRgRtm3I0TmbapuOGQZs98opeoFVIZJ3s"
    "AkywOqVTzyRYBsh/4YFJzzJd8eljHJY9HQmgZVj/zipcVdPH7kzG4kHFG4vKI4Xngg4BU5"
    "PIY9gHNeUn4ICAaE88L8Gg5sFADo2UCE8SxFqXH0hT1QWcO8sQdVoZXjKvux9h1iYT9K3f"
    "MDBwcOFX6YdDRSll9O341+M2yzYZtbzYv1l21uf7X0Dkd0yrNiGuC7OXTdK69glyzLZYB2"
    "mjsY51AP5cEr4Ad4jvmv0AUv+DpDwcQJCH05BIcAPaGAvTtfedgKi6oWe5zy1/32+OjN67"
    "dDnrLJfuO/vCnRzd37s+vrfJUKBuHUYa9mjQsS0JxpoQbysvvTQ5MDPkL3b0dHx8dvjl4d"
    "v357evLmzenbVyus87fKkD+/+pHjnvog8opYbUvqaEIhbFRRWxXSli2jgg3FclYbvTaXg8"
    "oOFvB38Op78IiQT0A0PYlNPdsshzRJ81ptj8WrVJyl9lNmp0UJAe20Vdu+AasUSiyZQLW0"
    "bALGO6FlXilCk7qTZVpP3Yli31GFDSBePF1lnU+1YvLdfobVcCim+YrqlKksZQp8b2JNC0"
    "5e1OZNtQ9ebCm+FShUeYClSNRbNtPcXl3cPxeJ+jMe/YQz/Fvm1rCMPP0Dj6xZ0mojccrn"
    "DETY6gR5Rj58RJ68NRtBlw8YsJg5LgIQsL5BEHrke/DArGc8FqUbyAMgcEl4o/Es2d85bO"
    "JhL68+ZWB/T9WnVNknQkNiuFDDhbZ1jusxF8rnLr3vay2x32+slXuEbtHKnY3milx7dai0"
    "rKTh0WrzaNJOIK+DkrCjtNhWwUf1Rv16cR6Fjksdjxzw5z3H+txITFK8gdKYetYSe5x8Ej"
    "p1D16tasfUlpxSmzsww4XTqbI0axmHLEm1u9b64Ix9pAtkAx8SmrIIRlGRsN/Obj/85/XV"
    "+6v7yx+Aj11nvGwVbTx2cb0aIylBQye2mU40xJYhtgyxpUNsyQWbFeRWpp5zMcElFZGuWM"
    "HyxkNgjj20ZP8+oTmTPAC3eEFE/J1IDOehEoBtxVDARgTnmaSN+oMoQMmGG1uRXvBAPzSZ"
    "ILZPZDs4aW16mWe59vdYfZorGxRYlKhuktENJdb+2bHHlNiz5ji2Tc+7oca0s5/7m2G++4"
    "hLQ461gByLNweWSLKro4uCDoxKtgjBhAQrwv6KM/XWEj3g5J8nUc/UcNlfDZdn8t11h+LS"
    "2KHwh/jICtAEBSgmNqqz6XnZWiO4Zcju4bheEUWiOYhlGTOMM2UvPIaTi8bc9qyxCVGK72"
    "8L8koP28EFAwNAcH59c/ELiNkWwP51beBh/hMneyAFBFHqRnRQNafFMyUq2GjuY2ZJjpdW"
    "fFZM1SlIIdq74x0amYCMU6GREGRTs8E4aTrnpMkN4R0gbOpiDJ/D85UZ2ArnV37oF/u/gq"
    "itJX14VQpkRJzwNwT4AfKhY4O4nwPwkLA9a78TdBc8uFqk54VzHpjNPVBScomDVNWWG3qI"
    "OfKtBUvA0LimjGsqbd75dk2tpyWN1tuidUXkU+6g3NQ8Xs+r0H5jvuXOhBkXrKGAtFxr0R"
    "/c+MgTaV88kY18z3YK/HtaFqaKtZpIGYcBJ2K1GBRZZo/uh5Akr9Iwe3JcgTs5LmROjrO8"
    "ictmsGRyoTM21/FxU+cD2dDR/r6Y01f9mrGiKG2dT2AtsccPQJC3+/kE3lb4BN4WfgJvc5"
    "8AJJSZhNR5cuiyxpZMJW8i0NuzD2t7ZFhHUyZzxGYxQ5TxE6pWllju3S+3yBVJZsVUXKYY"
    "asfsmyJKLr1L5Zu37VCSKh70EaGY5NoOo0zgfF9wyhOy2akvD9uNh+4x+6ciHX6/6qaLs9"
    "1GPjw116cI8Yuzu4uzHy4zfPhWHPedCDspPERQvj0sY7fj8BWNYwQveZlLED0ACDnAD/ZD"
    "3AePfKbTISAUs+kWYDYavgMQEMSwswF7tiNkORcNPPwt9vOc9s57r5KrkUQcB2iMWCcm/a"
    "IFHHd02pjegU6yjImAqBIBYWLzpbzxaonjZZnjuShNHy5dDBWDuLhkgiSy/3IJz2M0NFIY"
    "AYd0jPVikSWR3gUhH1Ua3kclw/soP7zlBTOHczkBkhE1Tqm2kCFVXJF+gMeI1Cu6kJU1rF"
    "fbWC8NkqbJMJ67cCTDn7dx5PvlRk62ZYX4ndgEkUUBJIDztiBAPo5TyOfYozN3aaVTyScI"
    "2QS8v71VBe3ssOcqxo2psNgKe8bE7HyNC6WJ2emb1qvE7MSkmh55kRIy7EUV9iKGbBwSys"
    "w2ddLBRsAz0v0z/JpBvgtVB/c2uo+r1HU4Lq7rcJw/ScuFiuz1kvCNuL0ZvlWGr2pvrfAK"
    "lkQuFfXQ2iC/lgcsmag9xayy26g9NgMH9faiaUlD2LRn65m3OMbcB+/WMzTTokbPbdazCC"
    "D04ZIntlsT6NRTeXEvRvut136sL8d7ws5Y19ws7sFsITVsz5im0ds85mVbu20cPMT040OS"
    "A+KhBSI0js2Bvu86nK7GLj9rHXsoKrdKHh3fR3arE0WeNaC3O3Nj/VIFRWGD2nn0lQMH24"
    "nqFpGDVVLpU9Emq4U8DLYNdP016u1d1FkHOZpKMcHjGfSm20IluyIvRId9gqtJJ+9vOHh0"
    "8XSg8O8mt4Zlrt2F1KhSYfLoqE62lkF+mvsEESKOc/+GAJsN9CVgnR2A94hC7skDPKaUAM"
    "cD0QpAAMFg4rgUBQQwcwmEBIHY26ouSN7s4yoFt8qTC6+zGP/I9x78/7R7kd37LAqUF0ih"
    "ue/iJXtUaSv2p/6BxrS80YTBhAI/4CNNNBRv9Jl/nOnBg774QQScuDR4cXZ7e/Y/v39KOv"
    "s0+CxWp09sWEzJpwHvQ/Juf7HiQSKqTFq8jRhC8SfMtgriD/vCBg//Pdq9v5iw/XG0QQP/"
    "zfQ3eRmViKn7ZgTBYDzb9G5Rq3pvZ/z7xr/fzoWlo55e49//GrVexb+fLJ15fat1nbQv03"
    "IHNVyiUa6lrIcHexSpzMHiktySSC+cxmWfQBNVuQkOA81qxiuJPbKAzDgIobsfLvDwdZUk"
    "j+zcIuV4vM4SgXYAJ4pRXXo24Eqm3ScD7mJg7/Ccv5XtoTGgZZn+EdtN5HQktpsGyJKIwb"
    "gKxokNmgb4LAjgsoB2jgUy8H4tJ+fy5e73zxkQueVs6SYwpoR6N1grHTRRcs5E/piJwiy6"
    "4l1bv7Lo9r1nm8dcoEUZwDqw5wQN+Pob5hX/lkH97h+IVzsu2DSvpDZDHpMKHTVS7v5xeX"
    "F/cyvs5shUkLiw/AhM7LfP0c8TR9DibLJi64jAa4Gc6YxG0mf8wrloG1V4GCgsb5kz1pj1"
    "M2K9MCbTM//rkwoz/+uTwpmf31IZj/xgG30DMpHqwRTUNMztKivW3rlH5xwcUpALUgyo7L"
    "sycLYsqqOlsG4R1qE+diIkKm6jqVMnuoqq9KlWKLJVMIjRk2OrT3rTCfu4lHrpCdppyt6h"
    "AoEto2NuRVL7RdxZn8DaQ2TMD3B5UXSMSbbJsEKkjGXDpaVxksllVDMR+Cjg4SeB+IH1MQ"
    "SPyKdgtASQYeFMpyL8E8RPAS8IQiJcdO5MA6H3l98B7uf6NkjCo9J13xp5zCePYsr+LnHg"
    "CQQTtACz0LN5+bgAL3ikDaEI2jw+R0DCXoafqUKiWFccEujZ4pcNx6NsiLL5nAnK0QrVKA"
    "skVu5YFMHDFazO580V3mMAcHEIh9mKm614u+E0gQc1Ag8UedSFE6pqF9OeZAzd+fTo8OTN"
    "ydvj1yeraXR1pWz2jGbKnAlYvK9uchu02mMr9j/y/rt44yPv9atUfpo4LgKQUjiesX0CxW"
    "zjEG83DsA9PwRlSdlGhYfq8khdPOKuT1GUlv0BgO0u2A7lIbrKT2N9UJWAauIR2rHAyYYw"
    "CfmVfh+mohJN6SgTWtrSlaCjQYZVQkvX37cO/56W6l0ZoeNK0RjHJdEYx/loDMzsSseDri"
    "Uu6ICdFeyhY6mZ5Fnnf1XUW1nKbCyxv71ZT8zdXACudshMVq6Hg7yR2t9kBo9OX2s5T1cS"
    "PcTYuE47QDCkbYCqmKalDKjGgfo8DlQpGXhLaKXc455im/5m63tSn8tH2JFSD426CN8j9l"
    "JjcudBn8yw0kWYbTIsY8rmUWOLyK0rHgg1caZhgLivDHsILJga8AJAz47z14e8xPkYz/2Q"
    "aRRACh6SXyxIFRzZrjqtWCE9oFbChSPPXv0sdWdYMMOCtXXO7zELlv42q/q90lJftfdLns"
    "6qwifLfNXgmRJhuzYwTV3rJnlVeb+iu0imRXu4SnZkVUwwKV0W7TCKdrPmCrvrnYthAY2e"
    "kctoecIFm9Lsq4Omoh3K5vSbj+fXl+DX28uLq7ur+JTBlSbFTX5pnXV+e3l2nQ+6gXmQiw"
    "9wTNqb0xs1T29sScRJpu6hwqjOV0YstqkzNRmrmdS8clxUmxfEtXlB3A94cRcdH/YQ3zhI"
    "V29+eDkUJyOL+NmkSc66bqD/Koa2saKNFd3eKa7HVrSxY3Ztx9Qrut5EofUWRec0YtPoz1"
    "S9naE6MiNVsmDk4081JyaFqPE5l/ucsyfgbukezR69202IN/pIFQNN11HapKFyixiahJ5N"
    "2TiYQqo0VXJtSo2VIGptwVTzjeZK/BCSOOrmjhdSBF7gIDYWAuxyWyP0h+L+DIfBSwDHAS"
    "aEHyQRLMHZr1cgPhk8b6400L8yiY99TmySWTmqUeBg2xK+hFwK3++K2yalr3UpfWmNVt2m"
    "ZcZBD2PxqoTiFUfi5UoGyp+C5mYtK2u2ba3etsUrhOZpmbJUb7Lr9hy+jYIAB5q4r2UM6v"
    "VQlxwmFgnndZ0tiaxxuFRwuIxe6Y3yqL0Z4fVG+OhQE+1Dg/YWaB9pon1k0N4C7WNNtI8N"
    "2lugfaKJ9olBewu0TzXRPjVob4G2IpGvFG1VGp9BuyrabzTRfmPQ3gLtt5povzVob4H23z"
    "TR/ptBexvrRteYPDTW5FZ4a5uTxp7UxLslcZKKQ48VDkj10cjFLsiUz3W8FqhQuEsW/YYA"
    "QtnIAZMAz8EDpA8Ae9+BReBQijxeT5RXDY1jHRdoNMP4ESxmbLw9oUCIhmQIePYBwEHOId"
    "ngsz4x/HgpUhAfTD3kZwC/v70V5/+OEOBBajzVEXpL4ENCRQ1T6NHq2Y55pzaMD+A18Zkm"
    "PrO9bjQTn2niMyvHZ45DQvFc76xAWabNTv8BLxEZaR849hCwJRTJS0zyd7CbuViaZwvjjJ"
    "Y5HXWsJdqsjJoRGMdHFSA+PiouY3eUC8IwmZUNDt859ujMXVrR5swaI083BqKoB2P51LM0"
    "TVx4LwOMTFy4iQs3ceFbETP8AKgzZgc/OXQ5UFAyqfvDMjJGnMUA5aYVaBhxfMsCEiAEEX"
    "gxhzYC0APsu5+xVc8Z8xEB4pjAl/w4F8iPelEVSt+qL2WMd+pslqUirltc5WxIyr5atTVB"
    "3q0L8jaHjOzUdDZkxO6PbVHUcC87tUVVvL3/lZda4tf4GY9Uqya/XLpY/hE3qFTdYc62Cv"
    "wYMt9BY1HgkL/7NGCmoS2OAvkeODRxK8zheOYwGX4eCD+zDNCZQ/gBZurCDrvp+pP3yXtA"
    "T7zyA0F/PgB2mVNM7GfeJe/B5d4HhsolbySqMs4x7wV77jI+pIRLsM6Ai8ePwpHBL/BB7P"
    "KHzti67mEwhX5hTlZudS46Z00+riS3eK+ZpGyz9Z0ZggEdsbuKe4SjkFw2B6MYZ0n7Z9se"
    "O0tC366p9bSk0XpbtK4ghnJn0T4ySHXo7aS98R1U8B10wzkzYE1DZDe1RmWPBKkA8mHZgS"
    "A5Bw0MoKpcX3ElubXE/mvJSfuDUei41PHIAX/sc2wRdlZhLnVYAAw89j5aCpFl2qES/rze"
    "qAQRtu4y0Oq41/KyxrFWz7E244I1NJCWM+jXQ5/iR+QRy1G4Y8rAT4kZ7LfCHocKy6IC+L"
    "GcQb/u+XSEWnNnzKv0aE8+CmGjhy30UFcF7UdfGDXT6LwYgih1ES9v+x0Qg+db8f7gP8AE"
    "sYcIzlTUlaoaR/dMkTAUzX3FnFWoKkmivXp6BUKPOm58NjYKwMQJCD8GGwZMRQ7V08lWZ6"
    "Hn6rAwLG2tQzTTUr2Ludv94Y4RYHNECJwqkL5HX8pq3siCPQC7jMe7/Od9uSG2ovGubz78"
    "mDTPWmcZ8BO/j8ackpJp7ayiu/bubNqIuKsapHVKsIecdXc5akXwYuwo1FSxJLYDBe8nhG"
    "Lw2wx5wg9MIXkE8XwrYrWEY5j/TRVX6F6NAL47qfWdpyU7Mw6+yu984ngOmdVSc0bU6LnN"
    "ek4FhWgqOitrNN1mTY95YLtrxYHE9WJK1F0YvbdZ70nFc71zPNJSPTAwm7bmnzWmuEMWj0"
    "ZQsYl6bzIxKhp7eXC1U6LuVx11E9aNyVCprzSVBnXLZufbq4v7QW7c7gDXj3E3PUVV+lR1"
    "U8syNJ7KixPLvfvlFrmw4JyDddi7CPDuEdaZ4QinyNoFUh95T73GKkA+DraF6VZ00tldbx"
    "6hhnNRohGlTkhZjbbSrJRodItmlXJTmPHi8yQPCJjwN2SVsDFclbQSiSKI/fnQIzCKSGPt"
    "RX6ISCtxKIjHijpFZedPUKZ68j89TgBBf+YyPU3uhsndaOdc3NEo/iq5G3ouxb07E5tU6o"
    "79iQKNHJTFlEXSvof5EEdV6IqjYrriKEdX1Ag7MAEH2wQc8GUij3ZxIH7Svh1B+L3KizB1"
    "lQzRbYjuukT32uaoakCsJQwnW87JxgUWtiQO4zoO3QR0I2+4Hk3tqki1osaU9ahk4qysGt"
    "WKqqtGZvA6qUIoOTjYD/CTwwtTjKHrfhfRCTgMojIZCRnB49hFOQtOOPDMDjBxpiEbpXku"
    "o4kHaFfByNa0WA+BJMw7W7ciUYwpYGFIkLZOeD0mQTqSr9EhMiSZdnW2trJMD0mR3ReJiJ"
    "YMDYRXAj2E9/BVtfoQZQUichUiupX72/z8YNJ/vy4FuAwgb7y0VFVSCtFPC/UJ/Z0tj93N"
    "rO7dEE/KlKgKBmPsIugVZNfJchn8R0ywKQWsrmgeT7IyhCMvPbJ5pUdhKn/P7N/Q41dczK"
    "3kfN1nbQvs/ObmOrX3P7/K+hw+vj+/ZOuxWI3Xh8/n9WP4ux2GqJqo3/5E/bYzGssE/Zqg"
    "366M1doxv+z54MPH6+tBdqUy3pBOekPiCFiFJ2QdG1vsBQnWbSpFc65UG2/FDsADG2cOIg"
    "yZB8DrgvtRae8nFBAmRwBkLWMpzq7P4SMi4AVvElVgcYjI+8YLDzj2S3WE516eusuC4au3"
    "4zfjlzL+EeMfaesU2GP/iCnw3TetKyKUTIHvffpuqENdvXDhRKB3MV/HlTw3xyWem+O850"
    "YUb7GSk3nyU1ZBfHtK6qs77yfFi3q2NnyyzFcN3sRxKdux5rErDqCWREwMdWqF3EUMNRZv"
    "qKUQScQoZOcK6cgBFz6b0jhse1kId3/CRWI252AudC5KEvtzKh42Be+O3bYpSqIq1ZASMu"
    "6TnCfco0hF8Rcndkki7d0LC5/rexg82pwfC/g0wu/soABjE9leMaTWI1Kci1k8JWfEWqyN"
    "O8oAmCLA3jRJW6+tnD1YL8/k9G6nm8b4vNsGqal0ZZzebfAmttvp3VVUN1a6ei6ndzuXp7"
    "o+73UQQZXKYQSNCxgM/VJPd1FfPRrCOWpBHCGzG7CS3voEV/PBFBcOhfHrFgRVrFoMNwdX"
    "WGO58aYoi2J8qsQnrIYP/2hFJAI/7cbFU/G7iT8w8Qft/Ng76omuEn+AeOQ620Bo2hwZMW"
    "MY5yn41USnAWtWzthz2YOM1+uFBqxpKQNquZFM5G3ZltZHfzd6w4wpkv10N9t38ajcAcq/"
    "rXvqKbrpL3gztsn6tANwL6WuOrmWbQQ3s5hrm9LNmzyJWV1o8Uh290aDh0htm7V34gfGyw"
    "4mwhViDB1j6LR1Ou6xobP6/HI6LwzYkEX6lAa+s6CNGRstcQhPVb+2JNLHYOYmPNapVaTq"
    "4pBeeozFU2rxrNPMdmLudBfWjVvF1LCqf1iL8SO0wI+whq14Wy0ju3ljnWrdsCsh2sTn9t"
    "bcqbAepGarbbbaLf3we7zVNjmNfdN6glFZTqMxsHZvYFH0RSt+O2nfC9Nq75HaMzR+tPSz"
    "Z7Jye4zVZhsE/nCUvFTnsmhCj4R+VDQtD3lxAllGrB1JZPx5vUkiM6TD7oMCUiZL9RynlK"
    "FjQDVMzr6YHMXg3Rmy/QuUzQKc/nDrc2VJfOZOqDI5MrQnuDfKlJ2hwBnPBgqCLL4zLOPF"
    "4LpNk2yYFslVaIwpFxiFGRaP9e3IrdbbYMWcVmHid7GFUJz53U3LLHMk5elpBbOAtSo+lJ"
    "Lfy5zMxz4qDYTj5j1Et5HDFwpTw4tNruLU8D2YW8+zDd2ZYZXbsO4zluqv/wcZM7tx"
)
