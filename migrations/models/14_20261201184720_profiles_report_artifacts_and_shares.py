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
        CREATE TABLE IF NOT EXISTS "confidential_terms" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "terms" TEXT[] NOT NULL,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL UNIQUE REFERENCES "user" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "confidential_terms" IS 'The user''s confidential terms (client names, codenames, figures), replaced by placeholders before any';
        CREATE TABLE IF NOT EXISTS "employment_position" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "employer" VARCHAR(200) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "tenant_id" UUID NOT NULL REFERENCES "tenant" ("id") ON DELETE RESTRICT,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_employment__tenant__392c01" ON "employment_position" ("tenant_id", "user_id", "start_date");
COMMENT ON TABLE "employment_position" IS 'A job the user held: their employment history, which resume reports group by and take titles from.';
        ALTER TABLE "report" ADD "revision" INT NOT NULL DEFAULT 0;
        COMMENT ON COLUMN report."revision" IS 'Bumped by every edit; the stored formats follow it.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "report" DROP COLUMN "revision";
        DROP TABLE IF EXISTS "report_artifact";
        DROP TABLE IF EXISTS "report_share";
        DROP TABLE IF EXISTS "employment_position";
        DROP TABLE IF EXISTS "confidential_terms";"""


MODELS_STATE = (
    "eJztXW132zaW/is4+pLkrOKJ5TjNpLt7juO6U7dOnGM705lpemiIgiTWFMEBQCvamfnvC4"
    "CkxBeQIihRJhl8SWwSF6QfgMC9z33BvwYLPEEuPfpE8NRx0eAd+NfAgwvxQ/bWEAyg729u"
    "iAsMjqXQwE80GlNGoM345Sl0KeKXJojaxPGZgz3R+L3jTSiAIKCIAIYBmyPAkAc9BpZzTB"
    "GYQAbF1RVYYvIAHO9IdDzBNu/Z8WY79BF4zj8DZDE8Q/we4T399ju/zDtDXxGNf/UfrKmD"
    "3EkKDmciOpDXLbby5bXPny9/+FG2FO83tmzsBgtv09pfsTn21s2DwJkcCRlxb4Y8RCBDkw"
    "RQXuC6EaTxpfCN+QVGArR+1cnmwgRNYeAKuAf/PQ08W6AM5JPEP6//N3q1RDPL+nh9Z91e"
    "3FnWIDc64hUyYEeXbOyJkXU8JoD613/CfjeAyKsD8YDzn85unp+8eSEhwJTNiLwp4Rr8Rw"
    "ry0QlFJegblG2CBCYWZHm0f+B3mLNAasTTkhnkJ5HoUfxDnRGIL2yGYDPBY3Bj+BoAfMD/"
    "wMm1566isS8ZgLvLDxe3d2cfPonHLSj9pyvxO7u7EHdG8uoqc/V5OF6Yf7vhN73uBPx6ef"
    "cTEL+Cf1x/vMiO6rrd3T8G4p1gwLDl4aUFJ4lpGl+NUeMtN6Me+JOao56WNKPellGPMUoM"
    "e/T2m1GniDH+p9P8mP98e/1RPd5JmexoOzYD/wauQ1lT45xYYceB4/I3oUfisU+xyAqMUg"
    "P98a9nN3Ll/XD2t8ygfjy/un6fHUHRwXu5HG+GxMMMKcbjDn1l6vFYC2QGg/8RjQ3CE4B9"
    "d/G3u3Kw11/W1fXHv8TNsyOQBlu8jo8sO6AMLxCxVBrG+RySgi9BKV1rGKIlujVL3gJ+tV"
    "zkzdic/zo6PS0ZmHgYeKvsnI9ujcJ7aehDVVGJeLFOlxLap2r3xHjvoskl9nBaMIWLAU2I"
    "HFZTbiWYwvKYPii14nDm5aH9ERPkzLxf0EoCfMnfBHo2UgAaGXN36466OUc3VzfDSuByba"
    "6lv1H+9/O/GjGJwA1XV24uz+8GEugxtB+WkEysFOLiDh5h5RiIyZofgWsP3WH+T0X8P0ed"
    "dHFKb8U+8TmnkD8/uz0/++EiA3waZ3FrMVpkr0APzuTfK95MvEd6Hivois0ML2YrNp/TVr"
    "KiGCRDJbRgzRwaKuEbMiqrUAnyfw01Om5/OPvlcJrzq1dVNOdXr4o1Z3FPoZkU76CbgYgo"
    "YYU1+T6S/PGXG+RC+TcWbpgJ9rljY1G0a6ZNwGC87nxHpG4TXXXP5quElmDyXawijHSA+j"
    "Xspa9TCj06ExQpofVBukj00keU/sDjHafRz3jcV3ACyrVuCz0iIbQTSJ9FTxeio75iRZCP"
    "ya4w3chO+goRvzsVqwlzoGsxRBY7onWe6O8u7q6PwHHV2NmDZvAp6qZPMOWZmhJyIfm1Uk"
    "QekQVtGwcqRi3GNeZ1qny7ssuzTY890bw0KZkz37nDD0g8O0fKrO8Ny2gZ6DsWWzfbGkZy"
    "BsYIEkQARdxgZ0NAGSZoAjC3awGkwGEU3P509nJ0+uYIvCd4SWVbSsUXBbgkkA+j/D+cDz"
    "DZe++GLzJ8keGLWscXPXBIdfiiuP0B/d18XWzqS0oTRsdvKvBFx9nB2tBF4lYmnqD1bFxj"
    "0QQZaCtxccclXNxxyMWlvNhih7HmkM51ME5L7QfpJ/VPpZF+87oC0G9eF+IsbqVh9gmaOl"
    "91IN5I9JBWPh5Vmcmj4ok8ygKMvvoOX9Fr7LxpyT3svO1Uztu+0Sqi/fI7rQspswJaS8PK"
    "ypqRbvNIE/TI95g645yWPMgotyQ4qHODLKM94AypWJTinTEt1V41b3A3R8B2Hf6igM0hA5"
    "GNx+3+HFdQZdN8XUn/e12i/73O63+OrwN92LrlkPMJyOeooFfAEtI16lOCF/VwrxI8+ro4"
    "dvR1LnS0PXGO7d2x6kc6qqPstOMc68bZtQPSPUfabQlx3F9U3idI6RKTiaDElcF56QbD0o"
    "zCqKlF1m0rMMKx1EspBVzHe3gnqdqQxQUOBRNEnMdoSQG3F+c3fMx+ufg7gN6Er/S8AcHL"
    "Z3wBmgzlJcn3sjlSEMTNPeyLF3bxbM0xi84ekM+OwC1/votE4uP3YpVEMg+SgfuNKXQPMA"
    "HLOfJ4nysQvhyeyhRJmS7JuxKqtGGl27IeDg0rbVhpw+xt0+X2z+y1iHhq28fVkY+pqqla"
    "K7fY8E3dGN8e28GSe4D0QeiQXKuryz4YK9hYwV2DtKtWsERdYfzGo1Fs88bDbrLS+mvPiT"
    "HWjYpIyvROqz8+rRQZcVoSGXGaY8bRAjquDsRrgd7hOzqtYjbxViX1E3KG05Q/2NKdximh"
    "9upfdXHeV7ZdKvQkZkF1qYCcYA8DURqpDOJwm55vMY+q/CmMXQS9gv0wKZcBe8wFm0I7Xl"
    "gOuwG+v76+SlmH7y+zBW8+f3h/wddtiT1v5IS62eXHuzzgXI+dTvXxXosdEO71lU7jHfiI"
    "qG2MrZgnRQ3uGrjLECYXzxxPl4dKSxoqqs1UlBgF6w/seEhhTZUPc0a0h5xyzxw2tcoihF"
    "lBioVXI6EvmU7VsSlQLe8x5fvfNfsxG3PQV8Qe0IpakdN3N8guvUe+jX0K++zsflIRMeHl"
    "MXBtgwsGE4ftpSTAmeipakmALkLloskMEYv/gcTZtfzNlezrgnfV14llarpUAMlUK2lftZ"
    "IufmymWImpuXHwmhuJs0F2rbVRvRpcF79OnTo51TGrUy2nK+hpeubTirrCRZ/T5It99Y5s"
    "avmJttvj0z0QiokTa6gz80DgH4HrKOgbCFdNHKhN4BLwfkWsdlh4RFGhZNfeTKzAIShME/"
    "ttqES9iiRope3uTcr0LoLBVHQwFR0aXblMCriJqzfjmx/fTtVxMKNcc5TNmV8HPPMrVszH"
    "K83siZzgDuZUdz4mvfOnasCaljKYlqalbOZgHuKmklPaievW3JTc55rKUOFvAT5+vroaqG"
    "awwXZ73s92YJ8m9yfh3FaVQU65vksKIW+c7ZWJRd4b8iYvZQUJgmxMJoL8W84xmDgT/j9k"
    "gibkvy+GYEkcxpAHlg6bS37QnkNvhkQ5iVCUKtnGBh6xnYL8bSBxCGf4MMVs8Za/DTguOM"
    "4Cy95L/m6oTENltpSL6S+VGX6cdVLe8pI9MDYOkfiWWiwrZ7+lpHrIcO6fQmaQ8D1LG+mM"
    "WO8mdWNA6x2OnRIyIG8H+SnPw26nGbIjHdGvmiStmaj9rjpbE+ZGisuO0RQTxd728+31Rz"
    "XKG4mslu7YDPwbuA7tbmClClkBRTlDnCWDM+uG6CDLEMMpUyVmFsO+FjCo10d9gagI/tVx"
    "gyREerCiHNoRkuRtqiocSRmjb5RS9RIqwyRvYZKTE6pVPPI5QROH/YVANZGcvD0sY5Jt2d"
    "CarVtWOVXPxfaDYHZD4ZDCFWWN8dIDRBTK8Tj2AC7EeYdDQDGgghcW1zCZICIrGcswnpU8"
    "Bw995Q9UHrDX2IOq0MrREZDR6DvUwn6YUesTBxOHST9MOhopyy+n74a/GbbZsM2t5sX6yz"
    "a3/yi/Dkd0JlfFNMC3C+i6l16BlpyUywDtNHcq+LEeyoNXwCd4gcWv0AXPxT7DwNQhlL0Y"
    "gmOAHhHh7y52Hr7Doqo1WGfidV+ejL5783Yo8oL5b+KX70rG5vbD2dVVvngMh3Dm8Fez7I"
    "IsR2dWOAJ52cONQ5MTPkT3z6PRycl3o1cnb96evv7uu9O3r9ZY52+VIf/+8i8C99QHkR+I"
    "tVpSZyQUwmYoag9FQmXLDMGWGlZrRa/NVdqykwX8L3j1PXhAyKcgXJ6kUs+V5WB9usdaPZ"
    "avUnGVOkz1qxYlBLTTVm27AlYplDhhAtUaZRMw3olRFuVINKm7pEzrqTtZgT8s4wLki6eP"
    "ABRLrVx8d19hNRyKab6iOmWalDJ197exphKtPfCmotoYeURnmw67iW8FCjU5wVIk6g1faW"
    "4uz++eikT9GY9/whn+LXNrWEae/oHH1jxutZU4FWsGonx3giIjHz4gL6majaErJgxYzh0X"
    "AQh434AEHv0e3HPrGduyiAO9BxSuqGhkz2P9zuELD3959RGYh3uqPqXKPxEWUMOFGi60rW"
    "tcj7lQsXbpfV8bicN+Y63UEbpFK3c2mit07dWh0rKShkerzaMlNIH8GJSEHaXFdgo+qjfr"
    "N5vzOHBc5nj0SDzvKfbnRmKSIgVKY+nZSBxw8Ynp1AN4tSolTJTkS+SCHKcunM2U9X/LOO"
    "SEVLuPQBic8Y90iSbiqGqWsgjGYZGwX89uPv7p6vLD5d3FD8DHrmOvWkUb2y6uV2MkJWjo"
    "xDbTiYbYMsSWIbZ0iK1kVXAFuZUpGl5McCUqlVesYHntIbDAHlrxfx/RgksegRu8pDL+Ti"
    "aGi1AJwFUxRPiMEDxTQlG/lwUo+XTjO9JzEeiHplPE9USuwSX2phd5lutwj9WnubJBgUWJ"
    "6iYZ3VBi7V8de0yJPWmOY9vGeT/UmHb2c38zzPcfcWnIsRaQY5FyYMkkuzpjUdCBGZIdQj"
    "AhxYqwv+JMvY1EDzj5p0nUMzVcDlfD5Yl8d92huDQ0FPEQH1kETRFBEbFRnU3Py9aawS1D"
    "9gCnaMsoEs1JnJQx0zhT9sLjOLnIFrZnDSVEKX44FeSVHraDcw4GgOD91fX5LyBiWwD/15"
    "0AD4ufBNkDGaCIMTekg6o5LZ4oUWGCFj7mlqS9sqKzYqouQQrR3h3v0MgCZJwKjYQgm5oN"
    "xknTOSdNbgrvAWFTF2P4FJ6vzMRWOL/yU7/Y/0XCtlbiw6tSICPkhJ9R4BPkQ2cCon6OwH"
    "3M9mz8TtBdiuBqmZ4XLERgtvBAJZJLHKSqttzQQ8yRby3YAobGNWVcU2nzzp/UHPW0pBn1"
    "toy6IvIpd95rah2v51VovzHfcmfCXAjWGIC0XGvRH1z7yJNpXyKRjX7PNQXxPa0KU8VaTa"
    "TYARFErBaDkpQ5oPshoPGrNMyenFTgTk4KmZOTLG/i8hUsXlzYnK91Yt7U+UC2dHS4L+b0"
    "Vb9WrDBKW+cT2Egc8AOQ5O1hPoG3FT6Bt4WfwNvcJwAp4yYhcx4dtqqhkqnkTQR6e/Swtk"
    "eGdTRlMkdsFjNEGT+hameJ5H785Qa5MsmsmIrLFEPtmH1TRMmltVShvO2GUqLiQR8Rikiu"
    "3TDKBM73Bac8IZtd+vKwXXvoDvN/KtLhd+tuurjabeXDU2t9ihA/P7s9P/vhIsOH78Rx38"
    "qwk8JDBJO3h2XsdhS+onGM4IUocwnCBwApB8TBfkj44JHPx3QIKMN8uQWYz4Z3AAKKOHYT"
    "wJ/tSFnBRQMPv8R+ntPee+9VcjXiiGOCbMQ7MekXLeC4w9PG9A50SsqYCIgqERAmNj+RN1"
    "4tcbwsczwXpenDlYuhYhIXl0xIiBy+XMLTGA2NFEbAAbOxXixyQqR3QcijStN7VDK9R/np"
    "ndwwcziXEyAZUeOUagsZUsUV6RNsI1qv6EJW1rBebWO9NEiaJsN4boNxEv68jZO8X27kZF"
    "tWiN+JTJCkKIAUCN4WEOTjKIV8gT02d1dWOpV8itCEgg83N6qgnT32XMW4MRUWW2HPmJid"
    "b3GjNDE7fRv1KjE7EammR16khAx7UYW9iCCzA8q42aZOOtgKeEa6f4ZfM8h3oergwWb3SZ"
    "W6DifFdR1O8idpuVCRvV4SvhG1N9O3yvRV6dYKr2BJ5FJRD60N8mt5wJKJ2lOsKvuN2uMr"
    "MKmni6YlDWHTHtUzb3HYwgfv1jM006JmnNs8zjKA0IcrkdhuTaFTb8iLezGj3/rRj8bL8R"
    "6xY+uam8U9GBVSw/aMaBo95TEv21q1cXAf0Y/3cQ6Ih5aIsig2B/q+6wi6GrvirHXsobDc"
    "Kn1wfB9NWp0o8qQBvd1ZG+uXKigKG9TOo68cONhOVHeIHKySSp+KNllv5AHZNdD1U9jbj2"
    "FnHeRoKsUE23PozXaFKumKPJcd9gmuJp28v2Ly4OLZQOHfjW8Ny1y7y0SjSoXJw6M6+V4G"
    "xWnuU0SpPM79GQUTPtFXgHd2BD4gBoUnD4iYUgocD4Q7AAUUg6njMkQo4OYSCCgCkbdVXZ"
    "C82cdVCm5NLi6izmL0o9A9xP9p9yK/97ssUF4ghRa+i1f8UaWt+J/6B7JZeaMphwkRn4iZ"
    "JhvKN/pdfJzpyYO++iQETl4aPD+7uTn7+29f4s6+DH6Xu9MXPi1m9MtA9JHwbn+1okkiq0"
    "xaoo2cQtEnzFUF+Yd95ZNH/B5q78+nXD8OFTTwP3z8pi/CEjF134wiSOz5tncLW9V7O+Pf"
    "N/79dm4sHfX0Gv/+tzjqVfz78daZH2/1WMfty0a5gyNcMqJilLIeHuwxpDIHi0tyJ0R64T"
    "Qu+wSaqMpNcUA0qxmvJQ7IAnLjIIDuYbjA4zdVkjyya0six+NNlgicEDhVzOrSswHXMu0+"
    "GXAfE3uP5/ytbQ+NCZ2U6R+x3UROR2y7aYCcEDEYV8E4tkHTAJ8RAlcFtHMkkIH3Wzk5V2"
    "x3v/2eAVFYzpZuAmNKqHeTtdJBEyXnTOSPmSjMoivW2vqVRXdonW0RcYEW4wDrwJ4TNODr"
    "K8xr/i2D+u1fkah2XKA0r6W2Qx6RCh01Um7/enF+d30j7ebQVEhwYfkZGNtvv4c/Tx1Ji/"
    "PFiu8jEq8lcmZzFkqfiQvvZduwwsNAYXknOWONVT8j1gtjMr3yv3ldYeV/87pw5Re3VMaj"
    "ONhG34CMpXqwBDUNc7vKirV37dE5B4cW5IIUA5r0XRk4WxbV0VJYdwjrUB87EVAVt9HUqR"
    "NdRTXxqVYoslUwidGjM1Gf9KYT9nGR6KUnaKcpe4dJBHaMjrmRSe3nUWd9AusAkTE/wNV5"
    "0TEm2SbDCpEy1gSuLI2TTC7CmonAR0SEnxD5A+9jCB6Qz8B4BSDHwpnNZPgniJ4CnlOEZL"
    "jowpkROe4v3gHh53pJ4vCodN23Rh7zxWOY8b9LHngCwRQtwTzwJqJ8HMFLEWlDGYITEZ8j"
    "IeEvI85UoWGsKw4o9Cbyly3Ho2yJsvk9E5SjFapRFkis1FgUwcMVrM6nzRU+YABwcQiHUc"
    "WNKt5uOE3gQY3AA0UedeGCqtJi2pOMobuejo5ff/f67cmb1+tldH2lbPUMV8qcCVisVzep"
    "Bq11bIX+k9S/ixWfpK5fpfLT1HERgIxBe871BIa54hCpG0fgThyCsmJcURGhuiJSF4+F61"
    "MWpeV/AODaBddQ7sOr4jTWe1UJqCYeoR0LHCuEcchv4vdhKirRlI4yoaUt3Qk6GmRYJbR0"
    "833r8O9pqd6VETqpFI1xUhKNcZKPxsDcrnQ86Frygg7YWcEeOpaaSZ51/k9FvZWlzEYSh9"
    "PNemLu5gJwtUNmsnI9nOSN1P6mczg6faPlPF1L9BBj4zrtAMGQtgGqYpqWMqAaB+rTOFAT"
    "ycA7QpvIPe4ptulvtr4n9al8hB0p9dCoi/AD4i9l01sP+nSOlS7CbJNhGVO2CBtbNNm64o"
    "FQU2cWECR8ZdhDYMmHAS8B9CZR/vpQlDi38cIP+IgCyMB9/IsFmYIj21enFSukE2bFXDjy"
    "JuufE90ZFsywYG1d83vMgqW/zap+r7TUN+39Si5nVeFLynzT4JkSYfs2ME1d6yZ51aS+or"
    "tJpkV7uEt2ZFeMMSndFidBGO1mLRR2148uhgU0ekYuM8pTIdjUyL46airaoWxNv/78/uoC"
    "fLq5OL+8vYxOGVyPpLwpLm2yzm8uzq7yQTcwD3LxAY5xe3N6o+bpjS2JOMnUPVQY1fnKiM"
    "U2daYmYzWTWlSOC2vzgqg2L4j6Ac9vw+PD7qMbR+nqzfcvhvJkZBk/GzfJWdcN9F/F0DZW"
    "tLGi27vE9diKNnbMvu2YekXXmyi03qLonEZsGv2VqrcrVEdWpEoWTPL4U82FSSFqfM7lPu"
    "fsCbg7ukezR+92E+KtPlLFRNN1lDZpqNwgjiZlZzM+D2aQKU2VXJtSY4WErS2Yar7VXIke"
    "QmNH3cLxAobAc0wiY4FgV9gagT+U9+c4IC8AtAmmVBwkQVbg7NMliE4Gz5srDfSvTOLjnx"
    "NfZNaOakQcPLGkLyGXwveb4rZJ6WtdSl96RKuqaZl50MNYvCqheMWReLmSgclPQVNZy8oa"
    "ta3Valu0Q2ielpmU6k123YHDtxEhmGjivpExqNdDPeEwsWiwqOtsiWWNw6WCw2X8Sm+Wh+"
    "3NDK83w8fHmmgfG7R3QHukifbIoL0D2ieaaJ8YtHdA+7Um2q8N2jugfaqJ9qlBewe0FYl8"
    "pWir0vgM2lXR/k4T7e8M2jug/VYT7bcG7R3Q/rMm2n82aO9i3egak8fGmtwJb21z0tiTmn"
    "i3JE5SceixwgGpPhq52AWZ8rnaG4EKhbuSos8ooIzPHDAleAHuIbsH2HsHlsRhDHminqio"
    "GhrFOi7ReI7xA1jO+Xx7RESKBnQIRPYBwCTnkGzwWV84fqIUKYgOph6KM4A/3NzI83/HCI"
    "ggNZHqCL0V8CFlsoYp9Fj1bMe8UxtGB/Ca+EwTn9leN5qJzzTxmZXjM+2AMrzQOyswKdNm"
    "p/9AlIgMRx84kyHgWyhKbjHx38Fv5mJpniyMM9zmdIZjI9HmwagZgXEyqgDxyai4jN0oF4"
    "RhMisbnL4L7LG5u7JC5cyykacbA1HUg7F86lmaJi68lwFGJi7cxIWbuPCdiBlxANQZt4Mf"
    "HbYaKCiZ1P1hGRkjz2KAyaYVaBh5fMsSUiAFEXi+gBMEoAf4dz/nu55jixkBopjAF+I4Fy"
    "iOelEVSt+pL2WMd+pslpUirlteFWxIyr5atzVB3q0L8jaHjOzVdDZkxP6PbVHUcC87tUVV"
    "vL3/lZda4tf4GY9Vu6a4XLpZ/hE1qFTdYcFVBXEMme8gWxY4FO8+I9w0nMijQL4HDovdCg"
    "tozx0uI84DEWeWATZ3qDjATF3YYT9df/G+ePfoUVR+oOif94BfFhQT/1l0KXpwhfeBo3Ih"
    "GsmqjAssesGeu4oOKRESvDPgYvtBOjLEBTGJXfHQOd/XPQxm0C/MycrtzkXnrCWPK8lt3h"
    "smKdtsc2eOIGFjfldxjwoU4svmYBTjLGn/attjZ0ngT2qOelrSjHpbRl1BDOXOon3gkOrQ"
    "23F74zuo4DvohnNmwJsGaNLUHpU9EqQCyMdlB4LkHDSQQFW5vuJKchuJw9eSS+gH48Bxme"
    "PRI/HYp1AR9lZhLnVYACQefx+tAUnKtGNIxPN6MySI8n2Xg1bHvZaXNY61eo61uRCsMQJp"
    "OYN+PfQZfkAetRyFO6YM/JSYwX4n7HGgsCwqgB/JGfTrnk9HmbVwbFGlR3vxUQibcdhhHO"
    "oOQfvRl0bNLDwvhiLGXCTK274DcvK8lO8P/gtMEX+I5ExlXamqcXRPFAnD0MJXrFmFQ5WQ"
    "aO84vQKBxxw3OhsbETB1CBXHYEPCh8hhemOy01nouTosHMuJ1iGaaanexdzt/3DHELAFoh"
    "TOFEjfoa9lNW+Sgj0Au4zHu/jbXbkhtqbxrq4//iVunrXOMuDHfh+NNSUl09pVRXfv3duy"
    "EXJXNUjrlGAPOevuctSK4MXIUag5xAmxPQzwYUIoBr/OkSf9wAzSBxCttzJWSzqGxd9UcY"
    "fu1QwQ2kmt7zwt2Zl58E1+51PHc+i81jBnRM04t3mcU0EhmgOdlTUj3eaRtkVgu2tFgcT1"
    "YkrUXZhxb/O4xxXP9c7xSEv1wMBs2pp/0pjiDlk8GkHFJuq9ycSocO7lwdVOibpbd9RNWL"
    "cmQ6W+0lQa1A1fnW8uz+8GuXm7B1w/R930FNXEp6qbWpah8VRenEjux19ukAsLzjnYhL3L"
    "AO8eYZ2ZjnCGrH0g9Vn01GusCPIx2RWmG9lJZ7XePEIN56KEM0qdkLKebaVZKeHsls0q5a"
    "Zw48UXSR4QcOFndJ2wMVyXtJKJIoj/+dCjMIxI4+1lfohMK3EYiOaKOkVl709QpnqKPz1K"
    "AEH/zGV6mtwNk7vRzrW4o1H8VXI39FyKB3cmNjmoe/YnSjRyUBZTFnH7HuZDjKrQFaNium"
    "KUoytqhB2YgINdAg7ENpFHuzgQP27fjiD8XuVFmLpKhug2RHddontjc1Q1IDYShpMt52Sj"
    "Ags7EodRHYduArqVN9zMpnZVpFpTY8p6VEnirKwa1Zqqq0ZmiDqpUig+ONgn+NERhSls6L"
    "rvQjoBByQskxGTESKOXZazEISDyOwAU2cW8Fma5zKaeIB2FYxsTYvNFIjDvLN1K+KBMQUs"
    "DAnS1gWvxyRIR/I1OkSGxMuujmqblOkhKbL/IhHhlqGB8Fqgh/Aev6pWH6KsQESuQkS3cn"
    "+bXx9M+u+3NQAuB8izV5aqSkoh+mmhPqG/t+2xu5nVvZvicZkSVcFgjF0EvYLsuqRcBv8x"
    "F2xqANZXNI8nWRvCoZceTUSlR2kqf8/t38ATV1wsrOR83WdtC+z99fVVSvd/f5n1OXz+8P"
    "6C78dyN94cPp8fH8Pf7TFE1UT99ifqt53RWCbo1wT9dmWu1o755c8HHz9fXQ2yO5XxhnTS"
    "GxJFwCo8IZvY2GIvCNm0qRTNuR7aSBU7Avd8njmIcmTugagL7oelvR8RoVyOAshbRlKCXV"
    "/AB0TBc9EkrMDiUJn3jZcecCYv1BGeB3nqPguGr99O3IxeyvhHjH+krUtgj/0jpsB330Zd"
    "EaFkCnwf0nfDHObqhQvHAr2L+Tqp5Lk5KfHcnOQ9N7J4ixWfzJNfsgri21NS39x5Pyle1J"
    "tow5eU+abBmzou4xprHrviAOqEiImhTu2Q+4ihxvINtQYkIWIGZO8D0pEDLny+pAnYDrIR"
    "7v+Ei9hszsFc6FxMSBzOqXjcFLx7dtumKImqVENKyLhPcp5wjyEVxV+c2JUQaa8uLH2uHy"
    "B5mAh+jIhlRNzZQwHGJrK9IkitB6Q4F7N4Sc6ItXg0bhkHYIYAf9M4bb324BzAeiHo0dFc"
    "uJMirS32O3gfLHw0AeMVQHyn4f9y5L+PqghgcUbmFJMFZJT/77p4+XRFxZ8o7KCdjjITdd"
    "A2SE2tMRN20AZ/brvDDrqK6tZaY08VdtDO7alu1MEmjKNK7TZImDOF9n6qbZ1FnfVoEmcs"
    "ZbuAcNPH6jbsq7dQcfMK7Qco0VNvYRJVxha7FwWMoIp76xNczYdIrZetwlCp5MK2LWTKgs"
    "nGlWKn1rZ6nN8dm71hOnfY7zA2Jtmc4GA2l/ZlzABwvBDhD0XqMKl9P0BZBy/688MtKWXr"
    "S+t3IOeW7QYTZNkOg+FKasrlmUiobixQHY2JqRIJ1Rlirvk8rb1RbZtFryrvvJHoYazRqA"
    "qfPCqmk0c5Njm/l+Q1qLJUN6X8AVPenoY+2mMOGx7/wW0YXe9KWqqHM70R18l4xVTWVOHy"
    "vG5v1maVx3sOR6dvdGbtRqKHM3b/5elSpkBVnT0lZMj8cjJ/k56zI0VauU5+S2HdSpOmpl"
    "X78rPOI/VjUEg+rFsMK5APdrLxNvKhGOsqKU9r7kpgK5ObxAHaLp7J340hbwz5di4cPTbk"
    "kSiGwZd7zZ03I2YiPfJRveuFTgPWrJzRaTLAJvYLDVjTUgbUckWRJn1Ce9EV++hlyiqN2U"
    "93e8BCNCv3gPKvm556im76C96Obbw/7QHci0RXndzLtoKb2cy1Y0OaN3ni0IdCiycRG7HV"
    "4KGJts3aO2l+AlPpUDWGjjF02roc99jQWX9+uTEvpMSTIoYVV7Dicz5boqzAqrR4QqSHvH"
    "hDSTCGGjfUeDtUxZ2ocRPEWB34AwQxhmGyxSp1HEW7XaFet9wau3gG/GDsOvZQxBNiW3QE"
    "XMd7AAyvowqfUSB7BL4syou5OhIeuSuqmfObtz+dvRydvhF11x6Qn0+Ma+wheiq/UfONmt"
    "/SRafHar7JsTQ5lu2GU+4w1hzSuY7dlJbaj+m0fR/ocEBR14M911c6G+2JvvoO/wxqbMBp"
    "yR5uwB3ZcGNMtqUC8LWpjp6VltzDMLfT/9KTUTYklCGhDgJr1+MzN3RUMbeSZKy28yup1g"
    "2HaIbO0ZzPUgRrGm7DcButX0R6zG2Y8vN9G3WF6pUr+GAc1/t3XDP0VavUZty+Fy7rsm+j"
    "kaKac2Q/WPqFjrNyByyryRUE8XAUv1TnCh4HHg388HzLPOTFtb4zYu2o9y2e15t638aO3n"
    "+yRcpkqZxqkTZ0DKiGnDgUOaGYvHtDtn9F4rIApz/c+jFIZY4h7RCkZMZtT3BvNALpCi/f"
    "Q1dMaEmFDRRMWbbJsIwpc7lJNQ5bh3RZJaps8OtcMmEAgjAE4BkFfElE5BGBJaTAhZQBip"
    "AHeP/veCv+h3scSzDDiAIcsDBuaDnnLdjcoWDqOuL0SCza5+OSGn/adoKvkLdrV9zEt8Hi"
    "OdTiI6dYfkr90mshU3moui/ankNvVo8wTUka6qzt1FlOiX0aV9B1wGaYw/4BOq5qd0vdL9"
    "3acNTSWsRNK1UIXSBKRRlOvj2I8p0cNI4rPQLiPJYxnqxEZKso8olE/U7IAH+uI4+imBK8"
    "APfiEMt7AL0JuJenm3xl99/zLUmE0T6juZ2t6Qd+8bjWRxAL+3jJ++Ciouwo3wpD8fC+Rd"
    "D0HjyXeyr5E11RhhZ/olyN5u955K9eDAHFwMNg01tUwJTvloV1SpVlTEJKyuOvyVcG/hSf"
    "yQObjV/M+MXMMr/HZb6KX8wc0NvkAb3YipZyHYjTUj0EenRaJWKVtyquT3qai1mlgSx1qQ"
    "N0QqSPKFfKpxyV5FOO8vmUkXqh4xdJiLTDJ9KvM1DXupsmgZ+Qan0FKnkQoqB7GMAE+JBS"
    "cQYfwUuwnGOKYpVU5KDJXDUbEnFe5u4HJXblgLLuBO9qFgIzx/tmvN1vqni7s/pkwtv9Jr"
    "uiRxaYTrnjpEhrj4l8sviYrF2bw7XcmFKI99Ci6ogFVSm8X/geLEQIVpxKV7xWpaXae+xt"
    "zYXqtJL2eVqifZ7mtU8qSsTpf1IJMZMo0+YvKaJBlUpU8ZeUljKWXLEl1xJ+/wrb8tTsgd"
    "JzHd0blrusE622UvrCehC0OlogwieCvQJ06TB7Dp4LE8KZgOMX77gl4bgI8H6cR96F9Bbf"
    "Q3F+tCUSsu/BAq6Ai2fA8YQNwq8JV7RILM77qg/wvB281aqPq1DVU35TCiUvWhR3Y9FbHw"
    "RdTJ6H45gHttQdvREyudEa/uhovc+DXRyDnhDpgaZ1+CD00I0/1jp6KC3VA9gzlvhppcDz"
    "05LI89M8vWpCLXrmg6uSpbTZ9jXpw5ygoRBLI7E3eOVRbur8+HbiujVSODe1WlXZ+hx7U1"
    "F3mznQvUNkEU6OjCmRb1RqU9iJ5hZbt69kXQicnlGQ7ALILsBz23X4BSDejQ55C347/HHq"
    "zAI+c1+ISnu+C200AeMVkD/NsTtBhIIxmvJZCaC3UtoYjT/1i/TcAa7BPiIK+FV+EfAriH"
    "j8UT7Bovg5OQLy0GNu2vhIWipkCJbEYQx5wj/jVg0OMvE/Jv7H6B571D1MXvy3OOpVNM71"
    "9pYe8DNC4KrIUx1JZAb6W0loFZbyb7+3yeffts9lP07/9hTMfFK+shHzJ5x5ezB97tYddX"
    "OObrV+Ut9oyvK54UvvzeX5nZ7lk57f+RHgCvQd5v/s1/Rs5ZTein2RzalOUN3JjPwU13pR"
    "WI+fEnVgio1GtPBdvJJHlyULx1Qp5v4HHsuINfH3gjl/33fiV4eATZ9g7ogci9VQeIvsuQ"
    "iBCxYoqsJOwYzgwBfmm8j8YPABAeYwV1hqBC9Upd0P8cgqSSCpzysx3nzeE5MIYgzB1u4f"
    "HTUJjCH4LY56FUMwXPhVKkmxYy8pY6JtquVNyF1SB+S1QO8cp43gG2oOyoWrMFScMGsSVb"
    "soW7Q6OKFL8BWLTrbWvCoDsBg53nxfuLXTN1YRNkP+9Jj86Sychv45EP2Tnbd7wLUurdMR"
    "VPWInYPFEpwh4tjzgYICiu4MywgguGnTZHF5E817yGjeR0SosrBgsb6eEOmjTXR6Wilj/7"
    "QkY/80l3nIPyoNhKPmPUT3uJJFdFxiER0XZOqrtvstmfreE2XqP402tbec/CdNrfnP/wOd"
    "kiBR"
)
