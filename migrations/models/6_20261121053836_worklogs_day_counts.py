from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "worklog_day_count" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "n" INT NOT NULL,
    CONSTRAINT "uid_worklog_day_tenant__2bb892" UNIQUE ("tenant_id", "user_id", "date")
);
COMMENT ON TABLE "worklog_day_count" IS 'Entries per user per day, kept by a trigger on worklog (see the migration): date-range';
CREATE OR REPLACE FUNCTION worklog_day_count_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE worklog_day_count SET n = n - 1
        WHERE tenant_id = OLD.tenant_id AND user_id = OLD.user_id AND date = OLD.date;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO worklog_day_count (tenant_id, user_id, date, n) VALUES (NEW.tenant_id, NEW.user_id, NEW.date, 1)
        ON CONFLICT (tenant_id, user_id, date) DO UPDATE SET n = worklog_day_count.n + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER worklog_day_count_sync AFTER INSERT OR DELETE OR UPDATE OF tenant_id, user_id, date ON worklog
    FOR EACH ROW EXECUTE FUNCTION worklog_day_count_sync();
INSERT INTO worklog_day_count (tenant_id, user_id, date, n)
    SELECT tenant_id, user_id, date, count(*) FROM worklog GROUP BY tenant_id, user_id, date;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TRIGGER IF EXISTS worklog_day_count_sync ON worklog;
        DROP FUNCTION IF EXISTS worklog_day_count_sync();
        DROP TABLE IF EXISTS "worklog_day_count";"""


MODELS_STATE = (
    "eJztXW1z2zYS/isYfbl0RvHZ8kty7c3NyI7bunXsjq20d5dkGEiEJNQUwSNAy7pe//sBIC"
    "mBryIpUaIYfLElkgtSzwLg7rOLxR+dGTGRRY9+cckYW6jzLfijY8OZ+BA/1QUd6DirE+IA"
    "g0Mp1HGUi4aUuXDE+OExtCjih0xERy52GCa2uPgS2yYFEHgUuYARwKYIMGRDm4H5lFAETM"
    "igOLoAc+I+AWwfiYZNMuItY3uyQRuejf/jIYORCeLnXN7Sx8/8MG8MvSAafnWejDFGlhmB"
    "A5uiAXncYAtHHvvw4ebd9/JK8XxDY0Qsb2avrnYWbErs5eWeh80jISPOTZCNXMiQqQBle5"
    "YVQBoe8p+YH2Cuh5aPaq4OmGgMPUvA3fn72LNHAmUg7yT+nP0jeDTlMsO4ux8Yj9cDw+gk"
    "tCMeIQZ2cGhEbKFZbDMB1B9/+u2uAJFHO+IGVz/2H16dXnwjISCUTVx5UsLV+VMKcu34oh"
    "L0FcoUMcbvSpNY//R4f5eOtSoTQ9zEIwb+ByxMWRXMwwMr0FddOgX1oYct/iT0SNx2H8AL"
    "jETLM0r/Y4kDd7/2H6Q23vf/KdVB+ND0h+zd1e39ZVxDooFLqaKVSmzCUIo+BuiFpetjKR"
    "BTBv8RtSlhD2APrv85yAd7tgjO3N7f/RBeHtdAFGzxOA4yRh5lZIZcI23WuZpCN2MkpEpX"
    "UkMwu5TSQohqDXrozOCLYSF7wqb8a+/8PEcxoRr4VfE+H5zq+eei0I9cJOAwIEtC/o6fYX"
    "iG0mGPSsanoED0KPxQ1xioE33+A81721oEHSNvVNy8v34c9N//Ehka7/qDa3GmFxkW4dFX"
    "FzE9LRsBv90MfgTiK/j3/d11fLpaXjf4d0c8E/QYMWwyN6CpvCHDoyFqEa17jllR61FJrf"
    "WmaD3ESFF78PQrrfumYursmm3TRYS2adrtWc+bWHLKQKIZr6tsQBWR3VrKjQRTeB7jp1Sr"
    "2O95SWi/Jy7CE/tntJAA3/AngfYIpQAaOHODZUOH2UdXR1dqdeF86a5Fxyj//fxXIyYReO"
    "BzxsPN1aAjgR7C0dMcuqYRQVycIT2SqgPRWZMauLfRgPA/BfH/EDRyiF16LfbKcI4gf9V/"
    "vOq/u44BH8VZnJr1ZvEj0IYT+XvFk4nniPbjFLpi1cOz2YrVcFpLVmSDpKmEBsyZ3RwqQf"
    "5P4JztPIXX785r3Z2/dHxcxF86Ps72l8Q57S+123LO8pcSlkn2G3TVPQJKOIU5ugwkv//5"
    "AVlQYpv5wlTY5wPrA1lvzSjd4w2XjW+I1KPS1OHxO4XQEky+RdLI4TJA/ea30tYuhZ6xiQ"
    "IjtDpI10orbUEpad3nGKQrQPncidxnZMDRiHhpXliIa+gLrEf3wW+yv2qxJaO1pBnfd/CA"
    "PCG7k2LIL8/lmvLQwdwEDy9bG3rsgyGCLnIBRdwIYV1AGXehTUD4uxpACjCj4PHH/uve+c"
    "URuHTJnMprKRXzM+CSQN6M8n8kGZTceuvax2i4j/HEf18ZHyO8foeRMT5C6sI06mScXBTw"
    "MU7ipuvKxRCnYpHHxntwtcUdY9AW8t9Ocvy3k6T/JucaYwrptAzGUantIL1XdiuK9MVZAa"
    "AvzjJxFqeiMDsuGuOXMhCvJFpIRZz0ivTkXnZH7mke4mvlISJuzouDeWsVtB6V3ILWm2mc"
    "N13JKWHapJYtSJnh0UqjOy6rNd1kTbvomVsWVfQcldyJlhsSUD44JTcnR6C5I7d6lkB6hL"
    "p0jkDVGHUzIN1ylHpNesD2ItoS9RQaLNRGNgUWql3HstvLMwkdl2VDVJnW+ekn54UYkfMc"
    "RuQ8wYigGcRWGYiXAq3Dt3dehAjhV+VkWCeokDG/sVG2G0eEWsfs1ZKZ4UBK54S/kcqSew"
    "nBFhJQtawdwNTgb178nBZ1JcRC0M54H6pyMbCHXLAutMOJZbcvwMv7+9uIq3J5E18S8+H9"
    "5TWftyX2/CLs22Y3d4Mk4NyOHY/L470U2yHcyyMHjbfnIDfdx1iLuSqqcS+BuySxLDLBdi"
    "X6aympya8m8yJCC8bvBNsoxZvKV3NMVAcxmqL4rSZT+nkhKRNviZQuNaHmwLpAocQ3Ybw+"
    "oQU1grDeZmjd2M98Uv7Fb/NgZ8eCiIkoiYZrHVzQMzEz0DMSQpsNRdHStWiopVBZyJwg1+"
    "A/0MWbpoDfyraueVNt7Vg6rzkDpIoZu0o1mk0zdYuvPziUjlcyLhGd2FMCFImZPztSgeWl"
    "hqNcuz5j1wa+mKjyQ/HEBp5zBIQ5KGv+CKIKkLH87MI54O0CTIPE25QM3U1b05GShkdKuM"
    "pK056qTOuYfJ3RqDMaNRnQUDKgoRmNBbSuU6Aqp0BVKjak8xgPQ78HlceotVxRy7om4g5r"
    "IoZGzXBRMnc0IbiBO3U4g6lcza4KsEalNKa5SbmrPpiEuK7U3GbiujYzNzFcI/m5/CnA3Y"
    "fb205aD9bYrs96Xg/sfjKflWBIWhmASKgkpxDAKjhTmFjkrSHbfC2X57toRFxTkH/zKQEm"
    "Nvl/yARNyL/PumDuYsaQDeaYTSU/OJpCe4IAZoEoTWUba7jFegryY0fi4PfwboQV4Fd+7H"
    "BcSJgDHz+nftdU5l6pTF9NVVK/k5ItMDt3kQAeGTaFs8AjUi1kOLdPITPo8tmrNNIxsdZ1"
    "6tqALldGPiKkQV4P8j6rSTfTIN3QMcVOmf7qX6076tqOKtc+cis8rYpZ/kKylVTrYD4rtA"
    "TnLGcJzllyCc4QjbkDmkQ5exeblcRGe9gcznRQy2Y1cMzSFihkw74U0KhXR32GKOUTRBlC"
    "XBFpwYyyL0pcZwh8TRkCKm9T1MxUZbSVmUvVS6g0k7yGSVY7VKN45CsXmZj94GZsDKGe7u"
    "YxySN5oTFxi+4RIeq+WmT0JJhdX9incEW5VzK3gSvKBNgcewBnot5vF1ACqOCFxTHimsgF"
    "0DaBTONZyDqw6IXfMLXAbG03KkIrByWQA+1jahDHX0/kuJi4mMk4TDQbKc4vR8/63zTb3A"
    "C2ufmlbA84o1MdH1GAH2fQsm7sDCtZlYsBjevbx+mkHMqdY+C4ZEbEV2iBV2LGYWCMXcq+"
    "6YITgJ6Ry59dzEF8rkWJaS1DJRPxuK9Pe28u3nbFiiL+TXx5k6Obx/f929vkImoO4QTzRz"
    "NGGUu38CRTA0nZ3emhzg7vo/u3Xu/09E3v+PTi7fnZmzfnb4+XWCdP5SF/efODwD0yIJKK"
    "WL6gqmgiRVirorIqlJd3TAVrajksX/lNrlYS7yzgH+D4O/CEkEOBPz1J846bTR4LF/wsDS"
    "X5KAVnqd1UgWhQangzvZame/eFkkoVY7iSlnXq8EFoWSxkLkniqDKNJ3E6Az6Z+gvAgXxw"
    "PrtCBgJHUE61cvLdfIYtEVDUhGm2/dFmwlTlK4pTpqqUrjq8jjXN2BarNG9aeleshuJbgE"
    "JVO9gWdineHon6Exn+SGL8W+xUN488/Z0MjWl41VriVLwpEOXzJhQr8uETslWDfAgt0WHA"
    "fIotBCDgbQPXs+l34Au0LDKSpRvoF0DhgoqLRtPQqsf8dcMfHoxdMkuyqDu7a3lKlQ8R5l"
    "HNhe6ZCxW9uBzSKwm9k33kFdx8Wvlgs7n8IE8VKi0uqXm0yjya8k5I6iAn7SgqtlHyUbVe"
    "v5qmhx62GLbpkbjfPmbqWnKSgldpialnJbHDySekU3cQ1Sq2h2DOFoKJeu4WnExSKwfmcc"
    "iKVLNLAXf6fJDOkQkcSFnENhz65aJ+6z/c/fX25v3N4PodcIiFR4tG0caa9MgeGu0lPUYW"
    "qVZjJCKoSeQmk8ia2NLElia2yhBbahXZFHIrVmQ2m+BSKtsWrGB5byMwIzZa8L/PaMYlj8"
    "ADmfsbvsuF4SJBBnADHLm8RwieSXHPvsgClLy7cTvklUj0Q+Mx4t4Bt9sVi+SbJMu1u9uW"
    "p7niSYFZC9X1YvTGUGJ7XePY0PlwQ2qs9Orn9q4w337GpSbHGkCOBa8JQy6yq6KLjAa0Sj"
    "ZIwYSUpKT9Za/UW0m0gJPf9UI9XcNl1zVc9hS7Oxyyo4SFIm7iIMNFY+SiwMUtzqYnZSv1"
    "4IYhu4PdJGU+QclOrMrobhwre2FznCzuvnJXsoIRkiq+OxPkuBy2nSsOBoDg8vb+6mcQ+N"
    "2A/7VMYBPxSbj9kAGKGLN8YqBY0GJPCxVMNHMI9yRHCyPYNaToFJQi2rrtHWqZgHTgKBv9"
    "9gaOdFChhnePrtmggzQHGKRJdOEtIKzrYnT3EfmKdeyU4Fey62fHv1z/WkMZeEUKZPiRgL"
    "9Q4LjIgdgEQTtH4EvI8a3iTtCai+RquSjTm4nEbBGBUpYUYZRWbbmmm+gt3xrwCujmhKYi"
    "uq3GLzffrWs4rTwVghUUEJVrLPqdewfZcimIWNxCv+Ozh/ADFpnLRxrtUo88V1BypXxpVW"
    "aHRLRHzbomo6gffVrAiz7N9KFP4x60xT2vcHJhUz6XiX5TZYCsaWh3I+b8uF0zlp+vW2YI"
    "rCR2OAAkjbebIfC2wBB4mzkE3iaGAKSMm4kMP2O2qEAlpcnrrNQmZ6Vq2jB7pLWXNvQcs6"
    "LWo5Ja603RespgD56+qfmAB7pQNkFsZjNEsehwmhUZyH3/8wOy5NLCbCouVgz1wIZVFiUX"
    "9UiFo7YZSkrFgzYiFJBcm2EUS5xvC05JQjY+9SVhu7fRgPA/BenwwbKZQ5zt1vLhkbk+Qo"
    "hf9R+v+u+uY3z4Rhz3o0w2ytxEUD3dzWO3g6SlEtsIXovipsC/AZByQGzsh0TmBXK4TruA"
    "MsKnW0B4b/gWQEARx84E/N5YygouGtjkNXGSnPbWWy+yViPMM3fRCPFG9PKLBnDc/h5z5b"
    "bxUmV03kuRvBe9IkOpFlCsXEBevYBEbq4DFxaBKZ04u1CGIrL7Ihn7cRpqKYdBPDYi5TLQ"
    "FZHWpZ73CnXvXk737iW7t/rCTOCcT4XERDUX0hQupAgD5rhkhGi1ogtxWc1wN4f08jVdgq"
    "SpM43n0Ruq8Cd9HPV8vpMTv7JA/k7ggqiiAFIgYjTARQ4JlpDPiM2m1sKILiUfI2RS8P7h"
    "IS1pZ4stF3FudIXFRvgzgaNdzqGJCGmPpohHE0A28ijjplx6IvJawGPS7TMG60H+EOrP7a"
    "x3nxZZ4X+avcL/NLmnkgVT1jHnpG8E1+vuW6T7pr1vUyIFOZlLWS00Nsmv4QlLOmsvZVbZ"
    "btYen4HdaqkMUUntxDXNiYsMJBGXs6rlKUVFtZ6brGeZQOjAhVjibIwhrqby7Fa09huv/U"
    "Bf2H4meFTW3cxuQZuQJXzPIMuvnPGYlG2s2dj5EmSvfgnXgNhojigL4vXQcSwsKCxiif2X"
    "iY38Eoz0CTsOMpu9UEQn9H6F4Qyd0Ns2rTc+ofdw7KDqpQqy0gZLr6MvnDjYTFQ3yBzc91"
    "L634j7ZJFJJyX8Fp7q5kXe5spFhepG+/tncrMCii3Wx4hSucf6XygwuV26ALyxI/AeMSgC"
    "LUCk/FGAbeAPUAooAWNsMeRSwD1X4FEEgmBYer3oem9XKPdQ1b0ofhh8FO8M8T9qV/Bzn2"
    "X96AwpNHMssuC3yr2K/9Tf0YjlXzTmMCHXcUW3lRfKJ/osZtBo50EvjusDJw91XvUfHvr/"
    "+vgpbOxT57OcPD7xbjGhnzqiDSX4+GIEnUSWfjTENbILBVMAt9rkD3vhnUe6B39u8gQUQX"
    "c0XfcM/lX5T6HDqXsNp4bDI2mspeMcXp9noh2geZYDrjCx4t4NsRlKeyNn18JVRFoRo8uz"
    "X+soh0uJ55YsI7qU2CHpwg0AD1q7oV5OLork2cYdAyXN9iLOu5guHKf06txNuZYyzd6Sax"
    "sde4sbbC3tixIdWpVpH49YR1ptaJ+VAFkR0RgXwTi0M6MA910XLjI8/0AgBu/XsmWleN19"
    "/BwDUVjNRtk1JBGh1nXWQhXecwq8J+u7Zy5kyLba2rWQYdc22yzw9w3GAS4De0JQg1/eYF"
    "763jHUH39FouBkhtG8lFoPeeAPH6iT8vjr9dXg/kGS3r6roPjHyR4Y+m+f/c9jLKkvPlnx"
    "94jEa47wZMp86b44cCmv9RfZdlJoc5UXKjHrx8Ra4UzWvd+5jkZmQ3+YcSkdjfwatd74aG"
    "TT9LwJZ6wMJJqx/iMbUDVIouFsWHS3obBuEN5NLz/v0TSCra7q84eKqjJUCxTbyejE6Bmb"
    "6ft8lSkJda200hK0U+pBbT2r4B1cXGVV6I9f0i2QZWCYcGGUKNJ/7ZcDAw5yRejelR94G1"
    "3whBwGhgsAORZ4MpFZjCC4C3hFEZJZjzM8cWXP+OZbIIyq1y7kPk4nhntNt/lkM8L475K1"
    "/CEYozmYerYpKiO5YtNrzBXKjSWR2yAh4Q8jtgugfsom8Si0TfllTeX/NRkKn2MJDaXC4n"
    "n5sKkv4ZQc2ALe/H6XvO4wj1VvZq2ty0OFUyd0VEjoSFkOnDmhptkvzVlTUHY+7Z2cvTl7"
    "e3pxtpxGl0fyZk9/pmxIgZOl2Zhi/6gmZbbho5qvRYqajLGFAGQMjqbcTmCEGw6BuXEEBm"
    "IvjwXjhopIcxRZjmQoQsqy3iL/AYBbF9xC+eIfFdtLfkmrblLHLUrnUYYGoUiX1Il6e03U"
    "W+myTLQgKtW6yienhTIaTnMyGk6TGQ2E+xDYhpZRduP1hGALgzP1rPfD/01jDvJW+QUSu3"
    "sPt8S1SSSxlk47icu1sJPXUsKUTmHv/KIM0iuJFmKso7w63reNKK9mZLZOIShWfwlMo1Ia"
    "VB3120/UT1kquSG0ysrMlmIbHbNlw391cjp95OLRtJPC6ARnunl8Dlxds47NycZ0y9s3fy"
    "0Rmo0YxW4OA/KMXBqEj4ta0IpIC03oWnxxMahKIBxc3kJ0a3ECM1eOZu9jkb1yVO9j8e2a"
    "fSz2GqD48/9OlSIR"
)
