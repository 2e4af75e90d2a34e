from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    # btree_gin lets a GIN index hold user_id beside the search vector (trusted extension since PostgreSQL 13).
    # The statistics tell the planner tenant_id and user_id go together, so it picks the per-user indexes.
    return """
        CREATE EXTENSION IF NOT EXISTS btree_gin;
        CREATE STATISTICS IF NOT EXISTS "worklog_tenant_user_stats" (dependencies, ndistinct) ON "tenant_id", "user_id" FROM "worklog";
        DROP INDEX IF EXISTS "idx_worklog_search_394886";
        DROP INDEX IF EXISTS "idx_worklog_tags_15fea6";
        CREATE INDEX IF NOT EXISTS "idx_worklog_user_id_7fe0ee" ON "worklog" USING GIN ("user_id", "search");
        CREATE INDEX IF NOT EXISTS "idx_worklog_user_id_f1ef24" ON "worklog" USING GIN ("user_id", "tags");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP STATISTICS IF EXISTS "worklog_tenant_user_stats";
        DROP INDEX IF EXISTS "idx_worklog_user_id_f1ef24";
        DROP INDEX IF EXISTS "idx_worklog_user_id_7fe0ee";
        CREATE INDEX IF NOT EXISTS "idx_worklog_tags_15fea6" ON "worklog" USING GIN ("tags");
        CREATE INDEX IF NOT EXISTS "idx_worklog_search_394886" ON "worklog" USING GIN ("search");"""


MODELS_STATE = (
    "eJztXW1zo7YW/isaf2k7k+Ymzsvube90xsmmbbrZpJN42047O6wMsq0GI4pEvL69/e9XEm"
    "CLVwM2Nmb1JbGBI/BzJHHOc46O/u7NiIVsevyzR8bYRr1vwN89B87Eh+SpI9CDrrs6IQ4w"
    "OJJCPVe5aESZB03GD4+hTRE/ZCFqethlmDji4ivsWBRA4FPkAUYAmyLAkAMdBuZTQhGwII"
    "Pi6ALMifcMsHMsGraIyVvGzmSDNnwH/+Ujg5EJ4uc83tIfH/hh3hj6hGj01X02xhjZVgwO"
    "bIkG5HGDLVx57P372zffyyvF840Mk9j+zFld7S7YlDjLy30fW8dCRpybIAd5kCFLAcrxbT"
    "uENDoUPDE/wDwfLR/VWh2w0Bj6toC795+x75gCZSDvJP6cfxc+mnKZYdw/DI2nm6Fh9FLa"
    "EY+QADs8ZBJHaBY7TAD19z9BuytA5NGeuMH1j4PHL88uv5IQEMomnjwp4er9IwW5dgJRCf"
    "oKZYoY43elaax/enq4z8ZalUkgbmGTgf8BG1NWB/PowAr0VZfOQH3kY5s/CT0Wt90H8AIj"
    "0fKM0r9sceD+l8Gj1Ma7wW9SHYQPzWDI3l/fPVwlNSQauJIqWqnEIQxl6GOIPrFsfSwFEs"
    "rgP6IxJewB7OHNb8NisGeL8Mzdw/0P0eVJDcTBFo/jIsP0KSMz5BlZs871FHo5IyFTupYa"
    "wtmlkhYiVBvQQ28GPxk2ciZsyr/2Ly4KFBOpgV+V7PPhqX5wLg696SEBhwFZGvI3/AzDM5"
    "QNe1wyOQWFosfRh6bGQJPo8x9oPTj2IuwYRaPi9t3N03Dw7ufY0HgzGN6IM/3YsIiOfnmZ"
    "0NOyEfDr7fBHIL6C3x/ub5LT1fK64e898UzQZ8RwyNyAlvKGjI5GqMW07rtWTa3HJbXW26"
    "L1CCNF7eHTr7QemIqZs2u+TRcT2qZpt2c9b2LJKQOJ5ryu8gFVRHZrKbcSTOF5jJ8zreKg"
    "56Wh/Z54CE+ct2ghAb7lTwIdE2UAGjpzw2VDh9lHV0dXavXgfOmuxcco//38VyMmEXjkc8"
    "bj7fWwJ4EeQfN5Dj3LiCEuzpA+ydSB6KxpDTw4aEj4n5L4vw8bOcQuvRZ7ZTjHkL8ePF0P"
    "3twkgI/jLE7N+rPkEejAify94snEc8T7cQZdserh+WzFajitJSvyQdJUQgvmzKMCKkH+T+"
    "Gc7zxF1+/Oa92dv3RyUsZfOjnJ95fEOe0vddtyzvOXUpZJ/ht01T1CSjiDOboKJb9/+4hs"
    "KLHNfWEq7POB9YG8t2ac7vFHy8Y3ROpJaerw+J1SaAkm3yZZ5HAVoH4NWulql0Iv2EKhEV"
    "ofpBulla6glLbuCwzSFaB87kTeCzKgaRI/ywuLcI18gfXoPgZNDlYtdmS0VjTjBy4ekmfk"
    "9DIM+eW5QlMeupib4NFla0OPAzBC0EMeoIgbIewIUMZdaAsQ/q4GkALMKHj6cfB1/+LyGF"
    "x5ZE7ltZSK+RlwSSBvRvk/kg5Kbr117WO03Md45r+vio8RXb/DyBgfIU1hGncyTi9L+Bin"
    "SdN15WKIU4nIY+s9uMbijgloS/lvpwX+22naf5NzjTGFdFoF47jUdpDeK7sVR/ryvATQl+"
    "e5OItTcZhdD43xpyoQryQ6SEWc9sv05H5+R+5rHuJz5SFibs4nF/PWamg9LrkFrbfTOG+7"
    "kjPCtGkt25Ayw6e1RndSVmu6zZr20Au3LOroOS65Ey23JKB8cEpuT45Ae0du/SyB7Ah15R"
    "yBujHqdkC65Sj1mvSA7UW0JeoZNFikjXwKLFK7jmV3l2cSOq7KhqgynfPTTy9KMSIXBYzI"
    "RYoRQTOI7SoQLwU6h2//ogwRwq8qyLBOUSFjfmOjajeOCXWO2WskM8OFlM4JfyNVJfdSgh"
    "0koBpZO4Cpwd+8+CUr6kqIjaCT8z5U5RJgj7hgU2hHE8tuX4BXDw93MVfl6ja5JOb9u6sb"
    "Pm9L7PlFOLDNbu+HacC5HTseV8d7KbZDuJdHDhpv30Veto+xFnNVVONeAXdJYtlkgp1a9N"
    "dSUpNfbeZFhBaMPwl2UIY3VazmhKgOYrRF8VtNpgzyQjIm3gopXWpCzYF1gVKJb8J4fUYL"
    "aoRhvc3QunVe+KT8c9Dmwc6OJRETURIN1zq4oG9hZqAXJIQ2G4qipRvRUEehspE1QZ7Bf6"
    "CHN00Bv5Nt3fCmutqxdF5zDkg1M3aVajSbZuqWX39wKB2vYlwiPrFnBChSM39+pALLSw1X"
    "uXZ9xq4DAjFR5YfiiQN89xgIc1DW/BFEFSBj+dmDc8DbBZiGibcZGbqbtqYjJS2PlHCVVa"
    "Y9VZnOMfk6o1FnNGoyoKVkQEszGktoXadA1U6BqlVsSOcxHoZ+DyqPUWu5ppZ1TcQd1kSM"
    "jJrRomLuaEpwA3fqcAZTtZpdNWCNS2lMC5NyV30wDXFTqbntxHVtZm5quMbyc/lTgPv3d3"
    "e9rB6ssV2f9bwe2P1kPivBkKwyALFQSUEhgFVwpjSxyFtDjvW1XJ7vIZN4liD/5lMCLGzx"
    "/5AJmpB/nx2BuYcZQw6YYzaV/KA5hc4EAcxCUZrJNjZwi/UU5B89iUPQw49irAC/8o8ex4"
    "VEOfDJc+p3TWXulcoM1FQn9Tst2QGzcxcJ4LFhUzoLPCbVQYZz+xQygx6fvSojnRDrXKdu"
    "DOhqZeRjQhrk9SDvs5p0Ow3SDR1T7Fbpr8HVuqOu7ahy7SO3wrOqmBUvJFtJdQ7m81JLcM"
    "4LluCcp5fgjNCYO6BplPN3sVlJbLSHzeFMB41sVgPHLGuBQj7sSwGNen3UZ4hSPkFUIcQV"
    "kQ7MKPuixHWGwOeUIaDyNmXNTFVGW5mFVL2ESjPJa5hktUO1ike+9pCF2Q9ezsYQ6umjIi"
    "bZlBcaE6/sHhGi7qtNzGfB7AbCAYUryr2SuQM8USbA4dgDOBP1fo8AJYAKXlgcI56FPAAd"
    "C8g0noWsA4s+8RtmFpht7EZlaOWwBHKofUwN4gbriVwPEw8zGYeJZyMl+eX42eCbZptbwD"
    "a3v5TtAWd0quMjDvDTDNr2rZNjJatyCaBxc/s4nVZDuXcCXI/MiPgKbfClmHEYGGOPsq+O"
    "wClAL8jjzy7mID7XotS0lqOSiXjcr8/6ry5fH4kVRfyb+PKqQDdP7wZ3d+lF1BzCCeaPZp"
    "g5S7fwJFcDadnd6aHJDh+g++9+/+zsVf/k7PL1xfmrVxevT5ZYp08VIX91+4PAPTYg0opY"
    "vqDqaCJDWKuitiqUl3dCBWtqOSxf+W2uVpLsLOA7cPIteEbIpSCYnqR5x80mn0ULfpaGkn"
    "yUkrPUbqpAtCg1vJ1eS9u9+1JJpYoxXEvLOnX4ILQsFjJXJHFUmdaTOL0hn0yDBeBAPjif"
    "XSEDoSMop1o5+W4+w1YIKGrCNN/+6DJhqvIV5SlTVUpXHV7HmuZsi1WZN628K1ZL8S1Boa"
    "odbAu7FG+PRP2JjH4kCf4tceqoiDz9k4yMaXTVWuJUvCkQ5fMmFCvy4TNyVIN8BG3RYcB8"
    "im0EIOBtA8936LfgI7RtYsrSDfQjoHBBxUXmNLLqMX/d8IcHY4/M0izqzu5anVLlQ4T5VH"
    "Ohe+ZCRS+uhvRKQu9kH3sFt59WPthsriDIU4dKS0pqHq02j6a8E9I6KEg7iottlHxUr9ev"
    "pumRj22GHXos7rePmbqRnKTwVVph6llJ7HDyiejUHUS1yu0hWLCFYKqeuw0nk8zKgUUcsi"
    "LV7lLAvQEfpHNkARdSFrMNR0G5qF8Hj/f/urt9dzu8eQNcYmNz0SraWJMe+UOju6SHaZN6"
    "NUZigppEbjOJrIktTWxpYqsKsaVWkc0gtxJFZvMJLqWybckKlg8OAjPioAX/+4JmXPIYPJ"
    "J5sOG7XBguEmQAN8CRx3uE4JkU9+yjLEDJuxu3Q74UiX5oPEbcO+B2u2KRfJVmuXZ32+o0"
    "VzIpMG+hul6M3hpKbK9rHFs6H25IjVVe/dzdFebbz7jU5FgLyLHwNWHIRXZ1dJHTgFbJBi"
    "mYkJKMtL/8lXoriQ5w8rteqKdruOy6hsueYneHQ3ZUsFDETVxkeGiMPBS6uOXZ9LRsrR7c"
    "MmR3sJukzCeo2IlVGd2NE2UvHI6Tzd1X7krWMEIyxXdngpxUw7Z3zcEAEFzdPVy/BaHfDf"
    "hf2wIOEZ+E2w8ZoIgxOyAGygUt9rRQwUIzl3BP0lwY4a4hZaegDNHObe/QyASkA0f56Hc3"
    "cKSDCg28e3TNBh2kOcAgTaoLbwFhXRfjaB+Rr0THzgh+pbt+fvzLC641lIFXpkBGEAn4gg"
    "LXQy7EFgjbOQYfI45vFXeC9lwkV8tFmf5MJGaLCJSypAijrGrLDd1Eb/nWglfAUUFoKqbb"
    "evxy+926ltPKUyFYQwFxudai33twkSOXgojFLfRbPnsIP2CRu3yk1S616XuCkqvkS6syOy"
    "SifWo1NRnF/eizEl70Wa4PfZb0oG3ueUWTC5vyuUz0mzoDZE1DuxsxFyfdmrGCfN0qQ2Al"
    "scMBIGm83QyB1yWGwOvcIfA6NQQgZdxMZPgFs0UNKilLXmeltjkrVdOG+SOtu7Sh71o1tR"
    "6X1Fpvi9YzBnv49G3NBzzQhbIpYjOfIUpEh7OsyFDu+7ePyJZLC/OpuEQx1AMbVnmUXNwj"
    "FY7aZigpFQ+6iFBIcm2GUSJxvis4pQnZ5NSXhu3BQUPC/5Skw4fLZg5xtlvLh8fm+hghfj"
    "14uh68uUnw4Rtx3E8y2Sh3E0H19FERux0mLVXYRvBGFDcFwQ2AlANiYz8kMi+Qy3V6BCgj"
    "fLoFhPeGbwAEFHHsLMDvjaWs4KKBQ74mbprT3nrrZdZqRHnmHjIRb0Qvv2gBxx3sMVdtGy"
    "9VRue9lMl70SsylGoB5coFFNULSOXmunBhE5jRifMLZSgiuy+SsR+noZFyGMRnJqmWga6I"
    "dC71vF+qe/cLunc/3b3VF2YK52IqJCGquZC2cCFlGDDXIyai9YouJGU1w90e0ivQdAWSps"
    "k0nid/pMKf9nHU88VOTvLKEvk7oQuiigJIgYjRAA+5JFxCPiMOm9oLI76UfIyQRcG7x8es"
    "pJ0ttlzGudEVFlvhz4SOdjWHJiakPZoyHk0ImelTxk257ETktYAnpLtnDDaD/CHUn9tZ7z"
    "4rs8L/LH+F/1l6TyUbZqxjLkjfCK/X3bdM981632ZECgoyl/JaaG2SX8sTlnTWXsasst2s"
    "PT4De/VSGeKS2olrmxMXG0giLmfXy1OKi2o9t1nPMoHQhQuxxNkYQ1xP5fmtaO23Xvuhvr"
    "DzQrBZ1d3Mb0GbkBV8zzDLr5rxmJZtrdnY+xhmr36M1oA4aI4oC+P10HVtLCgsYov9l4mD"
    "ghKM9Bm7LrLavVBEJ/R+huEMndDbNa23PqH3cOyg+qUK8tIGK6+jL5042E5UN8gc3PdS+l"
    "+J92yTSS8j/BadOiqKvM2Vi0rVjQ72z+RmBRRbrI8RpXKP9S8osLhdugC8sWPwDjEoAi1A"
    "pPxRgB0QDFAKKAFjbDPkUcA9V+BTBMJgWHa96GZvVyr3UNW9KH4YfhTvDPE/blfwcx9k/e"
    "gcKTRzbbLgtyq8iv/UP5HJii8ac5iQ53qi28oL5RN9EDPoqvOoAgxOqDgvNuf1AiSXHSzs"
    "O+EwiYY3t8jkQ3/iHUOa/v/kt04R9Mzppu3rIOheg6BRp06bWNk4R9cXGVYHaFQVgCsMo6"
    "RPQhyGst6j+RVsFZFORNaKrM4mithS4nsVi38uJXZIlfDXtg/t3RAmp5dlsmOT5rySHHuZ"
    "ZEssD44zenXhVlpLmXZvpLWNjr3FbbGWVkGFDq3KdI/9ayIZNrKqKoCsiGiMy2AsbcwUwA"
    "PPg4scfz0USMD7uWw0KV53f3xIgCicMqPqyo+YUOc6a6m67AVl2dNV2XOXH+Rbbd1afrBr"
    "m20WeukG4wBXgT0lqMGvbjAH3nka9adfkCgTmWM0L6XWQx76wwfqpDz9cnM9fHiUVHXgKi"
    "j+cboHRv7bh+DzGEvCik9W/D0i8ZojPJmyQHogDlzJa4Olsb0MsltlcyrM+gmxTjiTTe9S"
    "rmOI+dAfZjRJxxA/R623PobYNj1vwhkrA4nmrNrIB1QNbWg4WxaTbSmsGwRls4vG+zSLYG"
    "uqZvyhoqoM1RIlcnI6MXrBVvbuXFUKOd0orXQE7YwqTtvLBVjilZEMoGKZnw2g6q3MGtwx"
    "thGAjEFziizACIAgTCg4BkNRenrBEJVReRGUJyPBpcryQPwHAN8R2Ycfg6NiN6SPWYtxm7"
    "hF5bB/eEfxTS/T3W+EeqXLKm5yXKpzC3XPSlH5ZwVU/lmayicenmAH2kbVfUJTgh1kJZpJ"
    "T8f/zXplFiWlhxJ6++H6GeUBlVc53pKU62Anb6TiFp3C/sVlFaRXEh3EWNObmujaBr2pia"
    "6tE12K1V8B07iUBlXTXfuhu5TM/g2hVRYSdBTb+Jityns1yekMkIfNaS+D0QnPHBXxOXB1"
    "zTo2Jx/TLe82mOvLZE6YGZ5MiUSD/brmgRvTPz1/df767PJ86b0sjxQ5LZGDks+AvCCPhr"
    "xpWQtaEemgCd2ILy4GVQWEw8s7iG4jTmDukon8ssv5SyZ02eVv1pRdThlgu3yZ/fN//g0f"
    "2w=="
)
