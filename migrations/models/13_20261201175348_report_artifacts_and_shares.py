from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "report_artifact" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "revision" INT NOT NULL,
    "format" VARCHAR(20) NOT NULL,
    "include_citations" BOOL NOT NULL,
    "object_key" VARCHAR(300) NOT NULL,
    "bytes" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "report_id" UUID NOT NULL REFERENCES "report" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_report_arti_report__db1f44" UNIQUE ("report_id", "revision", "format", "include_citations")
);
COMMENT ON TABLE "report_artifact" IS 'One rendition of one revision of a report, stored through the Storage interface.';
        CREATE TABLE IF NOT EXISTS "report_share" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "include_citations" BOOL NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "report_id" UUID NOT NULL REFERENCES "report" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_report_shar_report__be41e6" ON "report_share" ("report_id");
COMMENT ON TABLE "report_share" IS 'A public, revocable link to a report''s share page; only the token''s SHA-256 is kept.';
        ALTER TABLE "report" ADD "revision" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN report."revision" IS 'Bumped by every edit; the stored formats follow it.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "report" DROP COLUMN "revision";
        DROP TABLE IF EXISTS "report_share";
        DROP TABLE IF EXISTS "report_artifact";"""


MODELS_STATE = (
    "eJztXW132zaW/is4+tL0rOKNX5ttd+cc23WnbpO4x3ams9PkMJAESYwpggUgK5rZ+e8LgC"
    "8CX0VSIgUy+JLYJC5IPxcE7n1w78W/Bgs8QQ49+o3gqe2gwffgXwMXLsQPyVtDMICet7kh"
    "LjA4kkIDT2k0oozAMeOXp9ChiF+aIDomtsds7IrGV7Y7oQCCJUUEMAzYHAGGXOgysJpjis"
    "AEMiiursEKkydgu0ei4wke855td7ZDH0vX/nOJLIZniN8jvKc/PvLLvDP0BdHwV+/JmtrI"
    "mcTgsCeiA3ndYmtPXnv//vbHn2RL8X4ja4yd5cLdtPbWbI7dqPlyaU+OhIy4N0MuIpChiQ"
    "KUu3ScANLwkv/G/AIjSxS96mRzYYKmcOkIuAf/PV26Y4EykE8S/5z9JXg1pZllvbt7tB5u"
    "Hi1rkNKOeIUE2MGlMXaFZm2XCaD+9W+/3w0g8upAPOD658v7F6cX30oIMGUzIm9KuAb/lo"
    "JcO76oBH2D8pgggYkFWRrtH/kdZi9QNuJxyQTyk0D0KPyhjgbCCxsVbAZ4CG4IXwOAD/gf"
    "OLlznXWg+wIFPN6+vXl4vHz7m3jcgtI/HYnf5eONuHMir64TV1/4+sL82/W/6agT8Pvt48"
    "9A/Ar+cffuJqnVqN3jPwbineCSYcvFKwtOlGEaXg1R4y03Wl96k5paj0sareui9RAjRe3B"
    "22+0ThFj/E+naZ3/8nD3LlvfqkxS2/aYgf8Djk1ZU3pWZtjR0nb4m9Aj8dhDTLICo5ii3/"
    "3t8l7OvG8v/55Q6rvrN3dXSQ2KDq7kdLxRiYsZytDHI/rCsvURCSSUwf+IxpRwALAfb/7+"
    "WAx29GW9uXv317B5UgNxsMXreMgaLynDC0SsLAvjeg5JzpeQKV1LDcEUrc2Ut4BfLAe5Mz"
    "bnv56cnxcoJlQDb5Uc88GtE/9eHHrfVMxEPN+miwnt07Q7MN67WHLKGk5zhnA+oIpIu5ay"
    "lmAKz2P6lGkV+yMvDe1PmCB75v6K1hLgW/4m0B2jDEADZ+4x6qibY3RzdaNWAleRuxb/Rv"
    "nfz/9qxCQC99xcub+9fhxIoEdw/LSCZGLFEBd38AnO1IEYrGkN3LnoEfN/SuL/Puiki0N6"
    "K/bK5xxD/vry4fryx5sE8HGcxa3FySJ5BbpwJv9e8WbiPeLjOIOu2IzwfLZi8zltJSvyQT"
    "JUggZz5tBQCV+RU1mGSpD/VzCjw/bt+S/tWc6vXpWxnF+9yrecxb0MyyR/Bd0oIqCEM7zJ"
    "q0Dyp1/vkQPl35i7YCrsc8d0kbdqxl3A5SjqfEekHpSuuufzlUJLMPkOziKMqgD1u99LX4"
    "cUerYnKDBC64N0o/TSR5Q+49GOw+gXPOorOEvKrW4LPSMhtBNI70VPN6KjvmJFkIfJrjDd"
    "y076ChG/OxWzCbOhYzFEFjuida309xh210fguGls78Ey+C3opk8wpZmaAnJB/VopIs/Igu"
    "MxXmYxaiGuIa9T5tuVXV5ueuyJ5VWRkrn07Ef8hMSzU6RMdG9YRMtAz7ZY1GxrGMklGCFI"
    "EAEUcYedDQFlmKAJwNyvBZACm1Hw8PPly5PziyNwRfCKyraUii8KcEkgH0b5fzgdYLL33g"
    "1fZPgiwxdpxxc9cUir8EVh+xb3u/m82NSXFCeMji9K8EXHSWVt6CJxKxFPoD0b11g0QQLa"
    "UlzccQEXd+xzcbFdbLHCWHNI51UwjkvtB+mD7k/Fkb44KwH0xVkuzuJWHGaPoKn9pQrEG4"
    "ke0srHJ2VG8kn+QD5JAoy+eDaf0WusvHHJPay8ehrnui+0GdF+6ZXWgZRZS1rLwkrKGk3r"
    "rGmCnvkaU0fPcclWtKxJcFDnlCyjPeAMZbEo+StjXEpfM2/wOEdg7Nj8RQGbQwYCH4/7/S"
    "muoMyieVbK/jsrsP/O0vaf7VWB3m+tOeR8APIxKugVsII0Qn1K8KIe7mWCR8/yY0fPUqGj"
    "+sQ56rti1Y90zI6yqxznWDfOTg9I9xxptyXEcX9ReRL1DPo31EY+9Ruq3cTj9ZdfFTquyg"
    "epMr1jKo7PS3FC5wWc0HnKJkALaDtVII4EeofvyXkZKoi3KsgcSZFBU/5gq+owjgnpa4Ed"
    "Os4wRrpBSleYr0hV6c2UYA8puEZyomxq8ZXXfs6KHMPYQdDNWQ9VuQTYIy7YFNrhxNLuAn"
    "h1d/cm5qJf3SZT/d6/vbrh87bEnjeyfdvs9t1jGnBux06n1fGOxFqEO7rSabyXHiLZPsZW"
    "zFVRg3sF3CV56+CZ7daifSNJQ/rqzAcKLVifse2iDG+qWM0JURNAoYvi8wIoaiWE+PFQGR"
    "NvhVBGNZCsY0OgXMQnN16f0JpaAfG5G1q37jOflH/z++zs7FgSMbE7aODaBhdcTmy2l9D+"
    "S9FT2dD+LkLloMkMEYv/gcTeNY3tjezrhnfV14FlcrNKgGSyjvTLOurix2aSjkzuTOu5M0"
    "qNz11zZspndXfx66yS71YeszpZb11Br+I+c9xQz9hwTlny+TvPtmxqeUrb7ZlHLvDFROVZ"
    "as9csPSOgHDvZR1asfEA8FT+TOAK8H6BTYMEooxMo117MzvfbRByJrPIEGPVMovQuvLmpS"
    "rTu/14k5lhMjManblMKHftUO5atbdNPkY39NupfAyj5ZpaNrW7W6zdHRrmo3XFXICU4A7u"
    "VHc+pmp1pGvAGpcymBYmWWzGYBriplIt9MR1a6ZF6nON5VvwtwDv3r95M8gawQbb7Vks24"
    "E9TCaLsrmdVc4otvVdUNBos9lemljkvSF38lKWGSJojMlEkH+rOQYTe8L/h0zQhPz3xRCs"
    "iM0YcsHKZnPJD47n0J0hkTzni9JMtrGBR2ynIP8YSBz8ET6MMVu85R8DjgsOc5qS99TfDZ"
    "VpqExNuZj+Upn+x1kngSst2QNno400rthkWTqXKybVQ4Zz/xQyg4SvWZWRToj1blA3BnS1"
    "Q65iQgbk7SAf8lwrPd2QHemIftXY0Gag9rt6TE2YGykSM0JTTDLWtvwzNjcSO52w2Z3poJ"
    "GjNOGUZaUZ5sMeCRjU66O+QFQE/1bZBlFEejCjtL0RovI2ZQ0OVcbYG4VUvYTKMMlbmGR1"
    "QGnFI18TNLHZX0nOYYXq7WERkzyWDa0ZKXtuoahf7+Dxk2B2fWGfwhVl6/HKBUSUfXE59g"
    "AuxLkFQ0AxoIIXFtcwmSACoDsBMoxnLevZoy/8gZmF8ht7UBlaOTjKIdC+TS3s+fmhHrEx"
    "sZnch4lHIyX55fhd/zfDNhu2WWterL9ss/4l+Tsc0anOinGAHxbQcW7dHCtZlUsAbTd3ut"
    "dxNZQHr4BH8AKLX6EDXoh1hoGpTSj7dgiOAXpGhL+7WHn4CovKVhSdidd9eXry3cXrocgL"
    "5r+JX74r0M3D28s3b9KlUDiEM5u/mjXOyXK0Z7kaSMu2p4cmB7yP7n+dnJyefnfy6vTi9f"
    "nZd9+dv34VYZ2+VYT81e1fBe6xDyKtiMgsqaOJDGGjitqqUEy2hAq2VGSKDD2da44lBwv4"
    "C3j1A3hCyKPAn56kUc+N5SUL07wi81i+SslZqp1aTholBOjpq+pugJUKJVZcoFpaNgHjnd"
    "CyKEdSkbpTZbSn7mRFeb+MC5AvHi/lL6ZaOfnuPsNW2FCM8xXlKVNVylSR38aa5hzvWZk3"
    "rXy6p6b4lqBQ1QEWI1Hv+Uxzf3v9eCgS9Rc8+hkn+LfErWERefoZj6x52GorcSrmDET56g"
    "RFRj58Qq5qmo2gIwYMWM1tBwEIeN+ALF36A/jEvWc8lkUc6CdA4ZqKRuN5aN/ZfOLhL599"
    "lEV7T61OqfJPhC2p4UINF6rrHNdjLlTMXdW+r41Eu9+YljZCt2jlzkZz+Vt7dai0pKTh0W"
    "rzaIolkNZBQdhRXGyn4KN6o36zOI+WtsNslx6J5x1ifW4kJikwoCpMPRuJFiefkE5tYVer"
    "3FnIBUchp05lceBslln/t4hDVqT0Lug/uOQf6QpNgAcpi3kEI79I2O+X9+/+883t29vHmx"
    "+Bhx17vNaKNh47uF6NkZigoRN1phMNsWWILUNsVSG21KrgGeRWomh4PsGlVCovWcHyzkVg"
    "gV205v8+owWXPAL3eEVl/J1MDBehEoCbYojwESF4JsVQ/yQLUPLhxlekFyLQD02niNuJ3I"
    "JT1qZv0yxXe4+tTnMlgwLzEtVNMrqhxPSfHXtMiR00x1E3Pe+HGquc/dzfDPP9R1wackwD"
    "ciwwDiyZZFdHFzkdGJXsEIIJKc4I+8vP1NtI9ICTP0yinqnh0l4NlwPt3XWH4qpgoYiHeM"
    "giaIoICoiN8mx6WrbWCNYM2RbOhJZRJBUHsSpjhnGi7IXLcXLQWPieNYyQTPH2TJBX1bAd"
    "XHMwAARXb+6ufwUB2wL4v84EuFj8JMgeyABFjDk+HVRu0+JAiQoTtPAw9yTHays4K6bsFJ"
    "Qh2rvjHRqZgMymQiMhyKZmg9mk6dwmTWoI7wFhUxdjeIidr8TAztj8Sg/9/P0v4re1lA+v"
    "TIEMnxP+hgKPIA/aExD0cwQ+hWzPZt8JOisRXC3T85YLEZgtdqCU5BIbZVVbbugh5sg3DZ"
    "aAodmaMltTcffOm9TUelzSaF0XrWdEPqXOe43N4/V2FfR35jXfTJgLwRoKiMtpi/7gzkOu"
    "TPsSiWz0B24piO9pnZsqpjWRMl4SQcRWYlBUmRa3H5Y0fJWG2ZPTEtzJaS5zcprkTRw+g4"
    "WTC5vzuU6MmzofyJaO2vtizl/1a8byo7SrfAIbiRY/AEnetvMJvC7xCbzO/QRepz4BSBl3"
    "CZn9bLN1DZMsS95EoOtjh+keGdbRlMkUsZnPECX2CbNWlkDup1/vkSOTzPKpuEQx1I75N3"
    "mUXNxKFcbbbigpFQ/6iFBAcu2GUSJwvi84pQnZ5NSXhu3ORY+Y/1OSDn+MuunibLeVD4/N"
    "9TFC/Pry4fryx5sEH74Tx/0gw05yDxFUbw+L2O0gfKXCMYI3oswl8B8ApBwQB/shsQePPK"
    "7TIaAM8+kWYD4avgcQUMSxmwD+bFvKCi4auPgl9tKc9t57L5OrEUYcEzRGvBOTfqEBx+2f"
    "NlbtQCdVxkRAlImAMLH5St54ucTxoszxVJSmB9cOhhmDOL9kgiLSfrmEwzgNjRRGwEs2xt"
    "VikRWR3gUhn5Qa3icFw/skPbzVBTOFczEBkhA1m1K6kCFltiI9gseI1iu6kJQ1rJdurFcF"
    "kqbJMJ6H5UiFP+3jqPeLnZxkyxLxO4ELoooCSIHgbQFBHg5SyBfYZXNnbcVTyacITSh4e3"
    "+fFbSzx57LODemwqIW/oyJ2fkaF0oTs9M3rZeJ2QlItWrkRUzIsBdl2IsAsvGSMu62ZScd"
    "bAU8Id0/x68Z5LtQdbC10X1apq7DaX5dh9P0SVoOzMheLwjfCNqb4Vtm+GbZ1hm7ggWRS3"
    "k9aBvkp3nAkonay5hV9hu1x2dgUs8WjUsawkYf0zPtcYzFHrxTz9GMixo966xnGUDowbVI"
    "bLem0K6n8vxejPa1136gL9t9xva4qruZ34MxISv4ngFNU814TMtqazYOPgX046cwB8RFK0"
    "RZEJsDPc+xBV2NHXHWOnaRX26VPtmehyZaJ4ocNKC3O3Nj/VIFeWGDlfPoSwcO6onqDpGD"
    "h06l/x2TJwfPBhnbb+GtYdHO20ppVKputH+SIp9qoDhse4ooladtf0PBhK9Va8A7OwJvEY"
    "NiowWIkD8KbBf4HygFFIOp7TBEKODWLFhSBILNsOx60c0+rlTsoap7UQYv+FEsDeL/+O4P"
    "v/dR1o/OkUILz8Fr/qjCVvxP/YzGrLjRlMOEiEfEsJUN5Rt9FDNofPCgLx7xgZOXBi8u7+"
    "8v//ePD2FnHwYf5eTxgQ+LGf0wEH0om49frGCQyCKAlmgjh1AwBfCZXP5hX/jgEb/7xtWL"
    "KTdf/PUT/A/X3/Rbv4JH3TejCJLxfNu7+a3qvZ3ZfjXbr5pS2d3ciDPbr1+j1stsv4ZLZ1"
    "rf2boO2xdpuYMaLtCo0FKSgMcuQ1nWen7FZEWkF3t6RZ9AE0WTKV6SisVmI4kWSRruHCyh"
    "0w5Vc3xRJgY/ObcoIfgXSZ5mQuA0Y1QXHt0Wyeh9cNs+BvYej2GLfI8KA1qV6R/v2ETIfe"
    "i7VQBZETEYl8E49EHjAF8SAtc5rGAgkID3aznYVCx3f3xMgCg8Z6tqfllMqHeDtdQ5AAXH"
    "AKRPAchNcsq32vqV5NS2zbYIuECLcYCrwJ4SNOBXN5gj/i2B+sPfkChGm2M0R1LbIQ9IhY"
    "46KQ9/u7l+vLuXfrPvKihcWHoEhv7bR//nqS1pcT5Z8XVE4rVC9mzOfOlLceFKtvUT8AcZ"
    "nrfKGVeY9RNivXAm4zP/xVmJmf/iLHfmF7eynEdx7kh1BzKU6sEU1DTMelV90nfuqXJMCc"
    "0J1c8HVN27MnBqtumuKaw77LpnnwqwpFncRlOHAnQVVeVTLVEDKWcQo2d7kn0QV5VKXTdK"
    "Lz1BO07Z20wisGNBs3uZc3wddNYnsFqIjPkRrq/zTplINhmWiJSxJnBtVTho4sYvaQc8RE"
    "T4CZE/8D6G4Al5DIzWAHIs7NlMRueB4CngBUVIRvMt7BmRev/2eyD2uV4SyG3xQQL3hh7z"
    "wWWY8b9LnkcBwRStwHzpTkR1LyIObre5QhGciPgcCQl/GXHkBfVDEfGSQncif9lyesWWKJ"
    "uPiaCcSqEaRXGemRZLRmxnCa/zsKmcLcZn5odwGFPcmOJ6w2kCD2oEHmSkueZOqFlWjD6x"
    "8lXn05Pjs+/OXp9enEXTaHSlaPb0Z0pNivRENnaG/aPa3/mGj2rrlynMM7UdBCBjcDzndg"
    "LD3HAIzI0j8CjOqFgzbqiIUF0RqYtHYutT1gzlfwDg1gW3UD75V8VhmZ+yKvQ08YjKscCh"
    "QRiG/Cq/D2NRiaayjwkt1XQl6GiQYZnQ0s33XYV/j0v1rsrLaalojNOCaIzTdDQG5n6l7U"
    "LHkheqgJ0U7OHGUjO5jfY/s6i3oozGQKI926wn7m4qALdyyExSroeDvJHSzHQOT84vKm2e"
    "RhI9xNhsnXaAYIj7AGUxjUsZUM0G6mE2UJVk4B2hVXKPe4pt/Jutv5N6qD3CjmTiN7pF+A"
    "seDTJoMXF5WMSIfQ4alEqYX/BRITbMPBuNkdgLE+8+I3jpTiRp9YM85V1UX+Rt4Xhuc5ko"
    "j53NbSq22rKT4/fT9Qf3g/vJP5mFoj/lSfTyCHr0Z3QEvah8zVG58UuK8N4XWPSCXWcd0G"
    "lCgncGHDx+Goq0e3FBkCKOeOgcUuBiMIPe7nn3KrGWSo/fFLFMNtvcmSNI2IjfzbhHBQrh"
    "ZUPhGQpP/wWrxxSeyQ7vm9ZDjIqyw584pFW8/rB9D33+/Zct7kZd6AFvukQtVXE9LsddFV"
    "BX6UPFCFxkgFx0plgo0f6RYlmJiuKxhzARGjlojDsKLn+fSgpRZfRQyaFyRxtRCaJ83eWg"
    "1ansnZbtTcBJyzsacyFYQwNxOYN+zfKW+Am51LIz4quKwI+JGex3wh4vsyqPbAc/kDPo19"
    "1Jpcxa2GNx0GDlySdD2OhhBz3UVYH+6EunZoYmADJAEWMOElXUvwdy8LyU7w/+QxzYNwSS"
    "M+Utl+kTz3VSGGQMLbyMOStXVYqEvnp6BUTuiBNEcSICpjahImATEq4im1XTyU5RuzEjlR"
    "BMOJaTSuEecSmTwZ3wltNhCD5gC0QpnFUqlJIS7AHYbVfsiPZ9KswpMRltZ5VWg/1VSH3u"
    "qgZpHRPsIWfdXY46vTURbhRWVLEi1pnzWwa/z5Er94EZpE8gmG/BKjwSWfxNJVfoXo0Ac1"
    "rXV6Dlqe3adF5LzQlRo2ed9RwLCqmo6KSs0bTOmvYP0bMI4sjSmjEl2V0Yveus90BbFU9h"
    "i0v1wME0SQV6fD+mCIRJJ9ALVlOPrcv12HJ2cSqkEIQB3j3COjEc4QxZ+0Dqveip11gRmU"
    "6yl5yUzlq9reei+CMqOyElGm2FWSn+6JbNSuWmcOfF8w9X5MLf0ChhYwhWxGZM0H6un8lB"
    "oEuhH5EWHDPrp5XYDARjJTtFZe9PyKweJ/70IAEE/blbuTiTu2FyN9qL9u5mFH+Z3I1qW4"
    "qtbyY2qdQ97ydWrTfR4zoTJ2XoipN8uuIkRVfUCDswAQe7BByIZSKNdn4gfthejyD8XuVF"
    "VF+Qe7sQd2ThNUS3PkT3xuco60BsJAwnW8zJBgUWdiQOgzoO3QR0K2+4GU1VacMmaQyFGs"
    "sgMuLEWT6VoVB15cgMUfRVCgnuALsIeASLsrUEjKHjfO/TCfJoJZWMEHHsspyFIBxEZgeY"
    "2rMlQRlcRhMPqFwFI1nTYjMEwjDvZN2KUDGmgIUhQXSd8HpMgnQkX6NDZEg47VYxbVWZHp"
    "Ii+y8S4S8ZFRCOBHoIbyO1TbuV+9v8/GDSf78uBTgcIHe8trKqpOSiHxfqE/p7Wx67m1nd"
    "uyEelinJOpIMYwdBNye7TpVL4D/igk0pILpSITNIeMWRI+zv0qOJqPQoXeUf/EPh+BUHCy"
    "95vXuW0NXd3ZuY7X91m9xzeP/26oavx3I15o1slqMfw9/tMUTVRP32J+pXz2gsE/Rrgn67"
    "MlZrx/zy54N379+8GSRXKrMb0sndkCACNmMnZBMbm78LQjZtSkVzRqoNTLEj8ImPMxtRjs"
    "wnIOqCe35p72dEqCg5DyBvGUgJdn0BnxAFL0QTvwKLTWXeN165wJ58mx3h2cpT91kwPHo7"
    "cTN4KbM/YvZHdJ0Ce7w/Ygp8903rGRFKpsB3m3s3zGZOtXDhUKB3MV+NHHYpi7dYVQ8Sj0"
    "t91ceJI3dSGT5V5qsGb2o7jFusaezyA6gVERNDHVsh9xFDjb2cw7vyFaKIGIXsXSEdOeDC"
    "41OagK2VhXD/J1yEbnMK5tzNRUWivU3F46bg3fO2bYySKEs1xITM9kn2ac1pQPMTuxQRfW"
    "1huef6FpKnieDHiJhGxJ09FGBsItsrPPv6Ca2rTMkJMY218cA4ADME+JuGaeu1ldOC90LQ"
    "s11x4lZFtC32O7haLjw0AaM1QHyl4f9y5H8IqghgcUbmFJMFZJT/7zh4dbii4gcKO9Bzo8"
    "xEHegGqak1ZsIOdNjP1TvsoKuobq01dqiwAz2Xp7pRB5swjjK12yBh9hSO91Nt6zLorEeD"
    "OOEpj3MIt+pYPfh99RYq7l6h/QAleuotTKLK2GL3ooABVGFvfYKr+RCpaNrKDZVSJ7ZtIV"
    "MWVBuXip2KfPUwvzt0e/10br/fYehMsjnBy9lc+pchA8DxQoQ/FGWHSe37AZl18II/31+S"
    "Yr6+9H4HcmyNneUEWWObQX8mNeXyTCRUNyaojsbElImE6gwx13ye1t6ots2kV5Z33kj0MN"
    "bopAyffJJPJ5+k2OT0WpK2oIpS3TLlW0x5Owx9tMccNjz6zH2YqrsrcakejvRGtk5Ga5bl"
    "TeVOz1F7Mzdn7XjP4cn5RZVRu5Ho4Yjdf3m6mCtQ1maPCRkyv5jM36Tn7EiRlq6TrymsW2"
    "nS2LDSLz/rOjA/BrnkQ9RiWIJ8GKuNt5EP+ViXSXmKuCuBrUxuEgdoO3gmfzeOvHHk9Zw4"
    "euzII1EMg0/3FVfehJiJ9EhH9UYTXQVYk3LGpkkAq6wXFWCNSxlQiw1Fqu4J7cVW7OMuU9"
    "JoTH662wMWglG5B5R/3/TUU3TjX/B2bMP1aQ/g3ihddXIt2wpuYjGvHBvSvMsThj7kejxK"
    "bMRWh4cqbZv1d+L8BKZyQ9U4OsbR0XU67rGjE31+KZ3nUuKqiGHFM1jxOR8tQVZgWVpcEe"
    "khL95QEoyhxg01roepuBM1boIYywPfQhCjHyabb1KHUbTbDeqo5dbYxUvgLUeOPR6KeEI8"
    "Fh0Bx3afAMNRVOE3FMgegSeL8mJujvhH7opq5vzmw8+XL0/OL0TdtSfkpRPjGntINZPfmP"
    "nGzNd00umxmW9yLE2Opd5wyhXGmkM6r+I3xaX24zptXwc6HFDU9WDP6Epnoz3RF8/mn0GN"
    "BTgu2cMFuCMLbojJtlQAPjfVsbPikntQs577Lz3RsiGhDAnVCqxdj8/c0FH53IrKWG3nV2"
    "KtGw7R9DdHU3uWIljTcBuG29B+Eukxt2HKz/dN6xmmV6rgg9m43v/GNUNfKpXaDNv3Ysu6"
    "6NtopKjmHI2frOqFjpNyLZbV5AaCeDgKX6pzBY+XLl16/vmWacjza30nxPSo9y2e15t638"
    "aP3n+yRcxlKZ1qEXd0DKiGnGiLnMgYvHtDtn9F4pIAxz/c+jFIRRtDlUOQ1IzbnuDeaATS"
    "NXanIumA2dB5RGThz1EJrizdaFjElo2V5haL2m+NSRIV6sWG9TcUqF0A2QV4MXZsfgGId6"
    "ND3oLf9n+c2rMln0C/FWFGngPHfj1v+dMcOxNEKBihKf+MAXRl6ZJYkFIrT/3gCs8FOAg+"
    "I1FLnPCLgF9BxOWPCo9CPwKy4hteAQ8R+VJDsCI2Y8gFK95pbgW3BHtoSEFDCuo5x3WUHj"
    "Kk4Neo9TKkYLS8xRV+SQhc51FYgURC0V+LNy+4qj8+mhMZvp5owYOGtzXihZvzGMo6iWXO"
    "Y6gSI7Dt5AZuQD9i/k9J/Oue26DDkN791Ib9uZG/hRtdGd7jb8omWL7TiBaeg9eyboO6a1"
    "Ymk+UzHsmUEfH3gjl/3+/FrzYBmz7B3BYVstfcn5rb4zl32ehygYIUFApmBC894b5BdwIY"
    "fEJAnm7MPTWCF1l5LW08skyUSOzzUvQtzw020SHGEdR1/eioS2Acwa9R62UcQX/izzJJ8j"
    "fWVZleRDQkC4eXqxxeVDo8taEuV8kqIEcC+p4GqhO+vuWQOXHl7N8KAUtMStsmrQ4O6AJ8"
    "xaSTTLRxM8yqfOR4833h1p2EiwzYDPnTY/Kns3Aa+sccx6kpqtWIndaybi4RscfzQQYFFN"
    "wZFhFAcNOmycyaSpRIbmB35jyZEdIdaE9bKnE/8dz5DMgzItmnU+Xb64pIH32i8/MyNvv5"
    "eb7NLu7FV3vxUVVAOGjeQ3SPS3lExwUe0XHaI+JPZJlFmPPDtxWR9kO3D2NN7S1IO2V3tb"
    "mY/fv/ATqzYuA="
)
