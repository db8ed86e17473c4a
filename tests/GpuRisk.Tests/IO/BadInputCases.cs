using System.Text.Json.Nodes;

namespace GpuRisk.Tests.IO;

/// <summary>
/// Bad input files, one per validation rule, each with where the error must point. Reusable by any
/// test that loads inputs (the IO tests here; the CLI's "exit code 2 names file, row and field").
/// </summary>
/// <remarks>
/// <para>Every set has rows (caseName, fileText, expectedRow, expectedField, problemFragment):
/// the loader must throw an <see cref="InputException"/> whose <c>Row</c> and <c>Field</c> equal
/// the expected ones, whose <c>File</c> is the name the file was given, and whose <c>Problem</c>
/// contains <c>problemFragment</c> (ordinal).</para>
/// <para><see cref="Books"/> are CSV texts to pair with <see cref="ValidMarketJson"/>; some break
/// rules only the market can check (<see cref="GpuRisk.IO.BookValidation.CheckAgainst"/>), so load
/// the book, load the market, then check one against the other. <see cref="Markets"/> are JSON
/// texts to pair with <see cref="ValidBookCsv"/>. <see cref="ParquetBooks"/> are the bytes of
/// bad .parquet files (pair with <see cref="ValidMarketJson"/>).</para>
/// </remarks>
public static class BadInputCases
{
    /// <summary>The book header with every column.</summary>
    public const string BookHeader = "id,underlying,kind,strike,expiry,quantity,entryPrice";

    /// <summary>A valid book against <see cref="ValidMarketJson"/>: every kind, every underlying, any-case kind.</summary>
    public const string ValidBookCsv = BookHeader + "\n"
        + "c1,BTC,call,100000,2026-12-25T08:00:00Z,1.5,\n"
        + "p1,BTC,put,90000,2026-12-25T08:00:00Z,-2,\n"
        + "f1,ETH,future,,2027-03-26T08:00:00Z,10,3300\n"
        + "pp1,BTC,perp,,,-0.5,94000\n"
        + "s1,SOL,spot,,,100,\n"
        + "c2,ETH,CALL,3500,2027-03-26T08:00:00Z,5,\n";

    /// <summary>
    /// A valid market: BTC Bates (with drift and depthCoins), ETH Black-Scholes, SOL Heston without
    /// jumps; a PSD 3x3 correlation; three regimes with overrides of each kind; costs for "default",
    /// one full regime entry and one partial entry.
    /// </summary>
    public const string ValidMarketJson = """
        {
          "valuationTime": "2026-11-24T08:00:00Z",
          "rate": 0.04,
          "underlyings": {
            "BTC": { "spot": 95000, "carry": 0.0, "drift": 0.10, "depthCoins": 2000,
                     "heston": { "v0": 0.25, "kappa": 3.0, "theta": 0.30, "xi": 1.0, "rho": -0.3 },
                     "jumps":  { "lambda": 3.0, "mean": -0.06, "stdev": 0.10 } },
            "ETH": { "spot": 3400, "vol": 0.75 },
            "SOL": { "spot": 180, "carry": 0.01,
                     "heston": { "v0": 0.64, "kappa": 2.0, "theta": 0.7, "xi": 1.5, "rho": -0.2 } }
          },
          "correlation": { "BTC/ETH": 0.8, "SOL/BTC": 0.6, "ETH/SOL": 0.7 },
          "regimes": {
            "initial": "normal",
            "names": ["calm", "normal", "stressed"],
            "transitionPerDay": [[0.95, 0.05, 0.0], [0.03, 0.94, 0.03], [0.0, 0.15, 0.85]],
            "overrides": {
              "calm": { "ETH": { "vol": 0.5 } },
              "stressed": { "BTC": { "heston": { "theta": 0.8 }, "jumps": { "lambda": 12 }, "drift": -0.5 },
                            "SOL": { "jumps": { "lambda": 6, "mean": -0.1, "stdev": 0.15 } } }
            }
          },
          "costs": {
            "default":  { "feeBps": 3, "impact": 0.1, "gasUsd": 2.0, "failProbability": 0.0 },
            "stressed": { "feeBps": 5, "impact": 0.3, "gasUsd": 40.0, "failProbability": 0.2 },
            "calm": { "gasUsd": 1.0 }
          }
        }
        """;

    private const string CallRow = "c1,BTC,call,100000,2026-12-25T08:00:00Z,1.5,";

    /// <summary>Bad books (CSV text); row "header"/"file" for header and whole-file problems.</summary>
    public static TheoryData<string, string, string, string, string> Books { get; } = new()
    {
        // Header and file structure.
        { "missing column id", WithoutColumn(0), "header", "id", "missing" },
        { "missing column underlying", WithoutColumn(1), "header", "underlying", "missing" },
        { "missing column kind", WithoutColumn(2), "header", "kind", "missing" },
        { "missing column strike", WithoutColumn(3), "header", "strike", "missing" },
        { "missing column expiry", WithoutColumn(4), "header", "expiry", "missing" },
        { "missing column quantity", WithoutColumn(5), "header", "quantity", "missing" },
        { "unknown column (typo)", "id,underlying,kind,strike,expiry,quantity,entryprice\n" + CallRow, "header", "entryprice", "unknown column" },
        { "repeated column", "id,underlying,kind,strike,expiry,quantity,quantity\nc1,BTC,call,100000,2026-12-25T08:00:00Z,1.5,1.5", "header", "quantity", "twice" },
        { "empty file", "", "file", "rows", "empty" },
        { "header only (empty book)", BookHeader + "\n", "file", "rows", "no positions" },
        { "binary, not CSV", "id,\0\u0001\u0002kind\n", "file", "format", "not a CSV" },
        { "Parquet bytes named .csv", "PAR1\u0015\u0004\0\0", "file", "format", "Parquet" },
        { "truncated: quote never closed", Book(CallRow, "c2,BTC,call,100000,2026-12-25T08:00:00Z,1.5,\"12"), "2", "entryPrice", "never closed" },
        { "quote inside unquoted cell", Book("c\"1,BTC,call,100000,2026-12-25T08:00:00Z,1.5,"), "1", "id", "quote inside" },
        { "text after closing quote", Book("\"c1\"x,BTC,call,100000,2026-12-25T08:00:00Z,1.5,"), "1", "id", "after a closing quote" },
        { "too many cells", Book(CallRow, CallRow.Replace("c1", "c2") + ",extra"), "2", "cells", "8 cells" },
        { "too few cells", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,1.5"), "1", "cells", "6 cells" },
        // id, underlying, kind.
        { "id empty", Book(",BTC,call,100000,2026-12-25T08:00:00Z,1.5,"), "1", "id", "empty" },
        { "id duplicate", Book(CallRow, CallRow), "2", "id", "already used in row 1" },
        { "underlying empty", Book("c1,,call,100000,2026-12-25T08:00:00Z,1.5,"), "1", "underlying", "empty" },
        { "kind unknown", Book("c1,BTC,option,100000,2026-12-25T08:00:00Z,1.5,"), "1", "kind", "not a kind" },
        { "kind empty", Book("c1,BTC,,100000,2026-12-25T08:00:00Z,1.5,"), "1", "kind", "empty" },
        { "kind numeric", Book("c1,BTC,1,100000,2026-12-25T08:00:00Z,1.5,"), "1", "kind", "not a kind" },
        // strike.
        { "strike missing for call", Book("c1,BTC,call,,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "empty" },
        { "strike zero", Book("p1,BTC,put,0,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "out of range" },
        { "strike negative", Book("c1,BTC,call,-5,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "out of range" },
        { "strike NaN", Book("c1,BTC,call,NaN,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "not finite" },
        { "strike Infinity", Book("c1,BTC,call,Infinity,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "not finite" },
        { "strike not a number", Book("c1,BTC,call,abc,2026-12-25T08:00:00Z,1.5,"), "1", "strike", "not a number" },
        { "strike with thousands separator", Book("c1,BTC,call,\"100,000\",2026-12-25T08:00:00Z,1.5,"), "1", "strike", "not a number" },
        { "strike on a future", Book("f1,ETH,future,3000,2027-03-26T08:00:00Z,10,"), "1", "strike", "must be empty" },
        { "strike on a perp", Book("pp1,BTC,perp,90000,,1,"), "1", "strike", "must be empty" },
        { "strike on spot", Book("s1,SOL,spot,100,,1,"), "1", "strike", "must be empty" },
        // expiry.
        { "expiry missing for call", Book("c1,BTC,call,100000,,1.5,"), "1", "expiry", "empty" },
        { "expiry missing for future", Book("f1,ETH,future,,,10,"), "1", "expiry", "empty" },
        { "expiry without zone", Book("c1,BTC,call,100000,2026-12-25T08:00:00,1.5,"), "1", "expiry", "must be UTC" },
        { "expiry with non-UTC offset", Book("c1,BTC,call,100000,2026-12-25T08:00:00+02:00,1.5,"), "1", "expiry", "offset +02:00; it must be UTC" },
        { "expiry date only", Book("c1,BTC,call,100000,2026-12-25,1.5,"), "1", "expiry", "not an ISO-8601 instant" },
        { "expiry not a date", Book("c1,BTC,call,100000,25/12/2026 08:00,1.5,"), "1", "expiry", "not an ISO-8601 instant" },
        { "expiry on a perp", Book("pp1,BTC,perp,,2026-12-25T08:00:00Z,1,"), "1", "expiry", "must be empty" },
        { "expiry on spot", Book("s1,SOL,spot,,2026-12-25T08:00:00Z,1,"), "1", "expiry", "must be empty" },
        // quantity.
        { "quantity zero", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,0,"), "1", "quantity", "non-zero" },
        { "quantity empty", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,,"), "1", "quantity", "empty" },
        { "quantity NaN", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,NaN,"), "1", "quantity", "not finite" },
        { "quantity -Infinity", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,-Infinity,"), "1", "quantity", "not finite" },
        { "quantity overflow", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,1e400,"), "1", "quantity", "1e400 is not finite" },
        { "quantity not a number", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,one,"), "1", "quantity", "not a number" },
        // entryPrice.
        { "entryPrice zero", Book("f1,ETH,future,,2027-03-26T08:00:00Z,10,0"), "1", "entryPrice", "out of range" },
        { "entryPrice negative", Book("pp1,BTC,perp,,,1,-94000"), "1", "entryPrice", "out of range" },
        { "entryPrice NaN", Book("pp1,BTC,perp,,,1,NaN"), "1", "entryPrice", "not finite" },
        { "entryPrice not a number", Book("pp1,BTC,perp,,,1,x"), "1", "entryPrice", "not a number" },
        { "entryPrice on a call", Book("c1,BTC,call,100000,2026-12-25T08:00:00Z,1.5,2000"), "1", "entryPrice", "must be empty" },
        { "entryPrice on spot", Book("s1,SOL,spot,,,1,180"), "1", "entryPrice", "must be empty" },
        // Rules checked against the market.
        { "underlying not in market", Book(CallRow, "d1,DOGE,spot,,,1000,"), "2", "underlying", "not an underlying" },
        { "underlying wrong case", Book("c1,btc,call,100000,2026-12-25T08:00:00Z,1.5,"), "1", "underlying", "not an underlying" },
        { "expiry at valuation time", Book(CallRow, "c2,BTC,call,100000,2026-11-24T08:00:00Z,1,"), "2", "expiry", "not after" },
        { "expiry before valuation time", Book("f1,ETH,future,,2026-09-25T08:00:00Z,10,"), "1", "expiry", "not after" },
    };

    /// <summary>Bad markets (JSON text); row is the JSON path of the bad value, "$" for syntax errors.</summary>
    public static TheoryData<string, string, string, string, string> Markets { get; } = new()
    {
        // Syntax and root.
        { "malformed: truncated", ValidMarketJson[..200], "$.underlyings.BTC.heston", "json", "malformed JSON at line" },
        { "malformed: NaN literal", ValidMarketJson.Replace("\"vol\": 0.75", "\"vol\": NaN"), "$.underlyings.ETH.vol", "json", "\"vol\": >>>NaN }" },
        { "malformed: missing comma in an array", ValidMarketJson.Replace("[0.03, 0.94, 0.03]", "[0.03, 0.94 0.03]"), "$.regimes.transitionPerDay[1][2]", "json", "[0.03, 0.94 >>>0.03]" },
        { "malformed: nested too deep", "{\"rate\": " + new string('[', 70) + new string(']', 70) + "}", "$.rate" + string.Concat(Enumerable.Repeat("[0]", 63)), "json", "maximum configured depth of 64" },
        { "malformed: trailing comma", ValidMarketJson.Replace("\"rate\": 0.04,", "\"rate\": 0.04,,"), "$", "json", "malformed JSON at line 3, byte 16" },
        { "malformed: comment", "// market\n" + ValidMarketJson, "$", "json", "malformed JSON at line 1, byte 1" },
        { "empty file", "", "$", "json", "malformed JSON" },
        { "root not an object", "[1, 2]", "$", "$", "must be a JSON object" },
        { "unknown root property", Market(m => m["rates"] = 0.05), "$.rates", "rates", "unknown property" },
        { "repeated property", ValidMarketJson.Replace("\"rate\": 0.04,", "\"rate\": 0.04, \"rate\": 0.05,"), "$.rate", "rate", "twice" },
        { "valuationTime missing", Market(m => m.Remove("valuationTime")), "$.valuationTime", "valuationTime", "missing" },
        { "rate missing", Market(m => m.Remove("rate")), "$.rate", "rate", "missing" },
        { "underlyings missing", Market(m => m.Remove("underlyings")), "$.underlyings", "underlyings", "missing" },
        { "valuationTime without zone", Market(m => m["valuationTime"] = "2026-11-24T08:00:00"), "$.valuationTime", "valuationTime", "must be UTC" },
        { "valuationTime with offset", Market(m => m["valuationTime"] = "2026-11-24T08:00:00-05:00"), "$.valuationTime", "valuationTime", "offset -05:00; it must be UTC" },
        { "valuationTime not a date", Market(m => m["valuationTime"] = "yesterday"), "$.valuationTime", "valuationTime", "not an ISO-8601 instant" },
        { "valuationTime a number", Market(m => m["valuationTime"] = 1764000000), "$.valuationTime", "valuationTime", "must be an ISO-8601 UTC string" },
        { "rate a string", Market(m => m["rate"] = "0.04"), "$.rate", "rate", "must be a number" },
        { "rate overflow", ValidMarketJson.Replace("\"rate\": 0.04", "\"rate\": 1e400"), "$.rate", "rate", "1e400 is not finite" },
        // Underlyings.
        { "underlyings empty", Market(m => m["underlyings"] = new JsonObject()), "$.underlyings", "underlyings", "at least one" },
        { "underlying name with slash", Market(m => U(m).Add("BTC/USD", new JsonObject { ["spot"] = 1, ["vol"] = 0.5 })), "$.underlyings.BTC/USD", "BTC/USD", "no '/'" },
        { "underlying not an object", Market(m => U(m)["ETH"] = 3400), "$.underlyings.ETH", "ETH", "must be a JSON object" },
        { "unknown underlying property", Market(m => U(m)["ETH"]!["sopt"] = 1), "$.underlyings.ETH.sopt", "sopt", "unknown property" },
        { "spot missing", Market(m => U(m)["ETH"]!.AsObject().Remove("spot")), "$.underlyings.ETH.spot", "spot", "missing" },
        { "spot zero", Market(m => U(m)["ETH"]!["spot"] = 0), "$.underlyings.ETH.spot", "spot", "out of range" },
        { "spot negative", Market(m => U(m)["BTC"]!["spot"] = -1), "$.underlyings.BTC.spot", "spot", "out of range" },
        { "spot a string", Market(m => U(m)["BTC"]!["spot"] = "95000"), "$.underlyings.BTC.spot", "spot", "must be a number" },
        { "carry a string", Market(m => U(m)["SOL"]!["carry"] = "1%"), "$.underlyings.SOL.carry", "carry", "must be a number" },
        { "drift null", Market(m => U(m)["BTC"]!["drift"] = null), "$.underlyings.BTC.drift", "drift", "must be a number" },
        { "depthCoins zero", Market(m => U(m)["BTC"]!["depthCoins"] = 0), "$.underlyings.BTC.depthCoins", "depthCoins", "out of range" },
        { "neither vol nor heston", Market(m => U(m)["ETH"]!.AsObject().Remove("vol")), "$.underlyings.ETH.vol", "vol", "exactly one of vol" },
        { "both vol and heston", Market(m => U(m)["BTC"]!["vol"] = 0.6), "$.underlyings.BTC.heston", "heston", "not both" },
        { "vol zero", Market(m => U(m)["ETH"]!["vol"] = 0), "$.underlyings.ETH.vol", "vol", "out of range" },
        { "vol negative", Market(m => U(m)["ETH"]!["vol"] = -0.75), "$.underlyings.ETH.vol", "vol", "out of range" },
        // Heston and jumps.
        { "heston field missing", Market(m => H(m, "BTC").Remove("xi")), "$.underlyings.BTC.heston.xi", "xi", "missing" },
        { "heston unknown field", Market(m => H(m, "BTC")["thetta"] = 0.3), "$.underlyings.BTC.heston.thetta", "thetta", "unknown property" },
        { "heston v0 negative", Market(m => H(m, "BTC")["v0"] = -0.01), "$.underlyings.BTC.heston.v0", "v0", "out of range" },
        { "heston theta zero", Market(m => H(m, "SOL")["theta"] = 0), "$.underlyings.SOL.heston.theta", "theta", "out of range" },
        { "heston kappa negative", Market(m => H(m, "BTC")["kappa"] = -1), "$.underlyings.BTC.heston.kappa", "kappa", "out of range" },
        { "heston xi negative", Market(m => H(m, "BTC")["xi"] = -0.5), "$.underlyings.BTC.heston.xi", "xi", "out of range" },
        { "heston rho above 1", Market(m => H(m, "BTC")["rho"] = 1.5), "$.underlyings.BTC.heston.rho", "rho", "out of range" },
        { "heston rho below -1", Market(m => H(m, "SOL")["rho"] = -1.01), "$.underlyings.SOL.heston.rho", "rho", "out of range" },
        { "partial jumps on a vol underlying", Market(m => U(m)["ETH"]!["jumps"] = new JsonObject { ["lambda"] = 2.0 }), "$.underlyings.ETH.jumps.mean", "mean", "missing" },
        { "jumps lambda negative", Market(m => J(m)["lambda"] = -1), "$.underlyings.BTC.jumps.lambda", "lambda", "out of range" },
        { "jumps stdev negative", Market(m => J(m)["stdev"] = -0.1), "$.underlyings.BTC.jumps.stdev", "stdev", "out of range" },
        { "jumps mean missing", Market(m => J(m).Remove("mean")), "$.underlyings.BTC.jumps.mean", "mean", "missing" },
        { "jumps unknown field", Market(m => J(m)["sigma"] = 0.1), "$.underlyings.BTC.jumps.sigma", "sigma", "unknown property" },
        // Correlation.
        { "correlation unknown underlying", Market(m => C(m)["BTC/DOGE"] = 0.5), "$.correlation.BTC/DOGE", "BTC/DOGE", "not an underlying" },
        { "correlation with itself", Market(m => C(m)["BTC/BTC"] = 1.0), "$.correlation.BTC/BTC", "BTC/BTC", "itself" },
        { "correlation above 1", Market(m => C(m)["BTC/ETH"] = 1.2), "$.correlation.BTC/ETH", "BTC/ETH", "out of range" },
        { "correlation pair given twice", Market(m => C(m)["ETH/BTC"] = 0.8), "$.correlation.ETH/BTC", "ETH/BTC", "already given as 'BTC/ETH'" },
        { "correlation key without slash", Market(m => C(m)["BTC-SOL"] = 0.5), "$.correlation.BTC-SOL", "BTC-SOL", "separated by '/'" },
        { "correlation key with three names", Market(m => C(m)["BTC/ETH/SOL"] = 0.5), "$.correlation.BTC/ETH/SOL", "BTC/ETH/SOL", "separated by '/'" },
        { "correlation not PSD", Market(m => m["correlation"] = new JsonObject { ["BTC/ETH"] = 0.9, ["SOL/BTC"] = 0.9, ["ETH/SOL"] = -0.9 }), "$.correlation", "correlation", "not positive semi-definite" },
        // Regimes.
        { "regimes unknown field", Market(m => R(m)["intial"] = "calm"), "$.regimes.intial", "intial", "unknown property" },
        { "regime names missing", Market(m => R(m).Remove("names")), "$.regimes.names", "names", "missing" },
        { "regime names empty", Market(m => R(m)["names"] = new JsonArray()), "$.regimes.names", "names", "at least one" },
        { "regime name empty", Market(m => R(m)["names"] = new JsonArray("calm", "", "stressed")), "$.regimes.names[1]", "names", "non-empty" },
        { "regime name repeated", Market(m => R(m)["names"] = new JsonArray("calm", "normal", "calm")), "$.regimes.names[2]", "names", "named twice" },
        { "regime named default", Market(m => R(m)["names"] = new JsonArray("calm", "normal", "default")), "$.regimes.names[2]", "names", "reserved" },
        { "initial missing", Market(m => R(m).Remove("initial")), "$.regimes.initial", "initial", "missing" },
        { "initial not a name", Market(m => R(m)["initial"] = "panic"), "$.regimes.initial", "initial", "not one of the regime names" },
        { "transition missing", Market(m => R(m).Remove("transitionPerDay")), "$.regimes.transitionPerDay", "transitionPerDay", "missing" },
        { "transition too few rows", Market(m => T(m).RemoveAt(2)), "$.regimes.transitionPerDay", "transitionPerDay", "3 rows" },
        { "transition row too short", Market(m => T(m)[1] = new JsonArray(0.5, 0.5)), "$.regimes.transitionPerDay[1]", "transitionPerDay", "3 probabilities" },
        { "transition entry negative", Market(m => T(m)[0] = new JsonArray(0.95, 0.1, -0.05)), "$.regimes.transitionPerDay[0][2]", "transitionPerDay", "out of range" },
        { "transition entry above 1", Market(m => T(m)[2] = new JsonArray(-0.15, 1.15, 0.0)), "$.regimes.transitionPerDay[2][0]", "transitionPerDay", "out of range" },
        { "transition entry a string", Market(m => T(m)[2] = new JsonArray(0.0, "0.15", 0.85)), "$.regimes.transitionPerDay[2][1]", "transitionPerDay", "must be a number" },
        { "transition row sum not 1", Market(m => T(m)[1] = new JsonArray(0.03, 0.94, 0.04)), "$.regimes.transitionPerDay[1]", "transitionPerDay", "sum to" },
        // Regime overrides.
        { "override of unknown regime", Market(m => O(m)["panic"] = new JsonObject()), "$.regimes.overrides.panic", "panic", "not a regime name" },
        { "override of unknown underlying", Market(m => O(m)["calm"]!["DOGE"] = new JsonObject { ["vol"] = 1.0 }), "$.regimes.overrides.calm.DOGE", "DOGE", "not an underlying" },
        { "override unknown field", Market(m => O(m)["calm"]!["ETH"]!["volatility"] = 0.4), "$.regimes.overrides.calm.ETH.volatility", "volatility", "unknown property" },
        { "override vol on heston underlying", Market(m => O(m)["stressed"]!["BTC"]!["vol"] = 0.9), "$.regimes.overrides.stressed.BTC.vol", "vol", "heston" },
        { "override heston on vol underlying", Market(m => O(m)["calm"]!["ETH"]!["heston"] = new JsonObject { ["theta"] = 0.3 }), "$.regimes.overrides.calm.ETH.heston", "heston", "override vol instead" },
        { "override adds partial jumps on a vol underlying", Market(m => O(m)["calm"]!["ETH"]!["jumps"] = new JsonObject { ["lambda"] = 1 }), "$.regimes.overrides.calm.ETH.jumps.mean", "mean", "no jumps" },
        { "override adds partial jumps", Market(m => O(m)["stressed"]!["SOL"]!["jumps"]!.AsObject().Remove("stdev")), "$.regimes.overrides.stressed.SOL.jumps.stdev", "stdev", "no jumps" },
        { "override vol zero", Market(m => O(m)["calm"]!["ETH"]!["vol"] = 0), "$.regimes.overrides.calm.ETH.vol", "vol", "out of range" },
        { "override heston theta zero", Market(m => O(m)["stressed"]!["BTC"]!["heston"]!["theta"] = 0), "$.regimes.overrides.stressed.BTC.heston.theta", "theta", "out of range" },
        { "override heston rho above 1", Market(m => O(m)["stressed"]!["BTC"]!["heston"]!["rho"] = 2), "$.regimes.overrides.stressed.BTC.heston.rho", "rho", "out of range" },
        { "override heston unknown field", Market(m => O(m)["stressed"]!["BTC"]!["heston"]!["sigma"] = 1), "$.regimes.overrides.stressed.BTC.heston.sigma", "sigma", "unknown property" },
        { "override jumps lambda negative", Market(m => O(m)["stressed"]!["BTC"]!["jumps"]!["lambda"] = -12), "$.regimes.overrides.stressed.BTC.jumps.lambda", "lambda", "out of range" },
        { "override drift a string", Market(m => O(m)["stressed"]!["BTC"]!["drift"] = "-50%"), "$.regimes.overrides.stressed.BTC.drift", "drift", "must be a number" },
        // Costs.
        { "costs unknown key", Market(m => K(m)["panic"] = new JsonObject { ["feeBps"] = 1 }), "$.costs.panic", "panic", "neither 'default' nor a regime name" },
        { "costs unknown field", Market(m => K(m)["default"]!["fee"] = 1), "$.costs.default.fee", "fee", "unknown property" },
        { "costs feeBps negative", Market(m => K(m)["default"]!["feeBps"] = -1), "$.costs.default.feeBps", "feeBps", "out of range" },
        { "costs impact negative", Market(m => K(m)["stressed"]!["impact"] = -0.3), "$.costs.stressed.impact", "impact", "out of range" },
        { "costs gasUsd negative", Market(m => K(m)["calm"]!["gasUsd"] = -1), "$.costs.calm.gasUsd", "gasUsd", "out of range" },
        { "costs failProbability above 1", Market(m => K(m)["stressed"]!["failProbability"] = 1.01), "$.costs.stressed.failProbability", "failProbability", "[0, 1]" },
        { "costs failProbability negative", Market(m => K(m)["default"]!["failProbability"] = -0.1), "$.costs.default.failProbability", "failProbability", "[0, 1]" },
    };

    /// <summary>Bad Parquet books (file bytes); written with Parquet.Net directly, not with the code under test.</summary>
    public static TheoryData<string, byte[], string, string, string> ParquetBooks { get; } = new()
    {
        { "not Parquet (CSV text)", System.Text.Encoding.UTF8.GetBytes(ValidBookCsv), "file", "format", "not a readable Parquet file" },
        { "truncated Parquet", ParquetFixtures.Valid()[..^40], "file", "format", "not a readable Parquet file" },
        { "Parquet without rows", ParquetFixtures.Empty(), "file", "rows", "no positions" },
        { "Parquet missing column", ParquetFixtures.WithoutQuantity(), "header", "quantity", "missing" },
        { "Parquet bad value in second row group", ParquetFixtures.TwoGroupsBadThirdRow(), "3", "strike", "out of range" },
    };

    /// <summary>A one-data-row book whose header and row lack column <paramref name="column"/>.</summary>
    private static string WithoutColumn(int column)
    {
        static string Drop(string line, int c) => string.Join(",", line.Split(',').Where((_, i) => i != c));
        return Drop(BookHeader, column) + "\n" + Drop(CallRow, column) + "\n";
    }

    private static string Book(params string[] rows) => BookHeader + "\n" + string.Join("\n", rows) + "\n";

    private static string Market(Action<JsonObject> change)
    {
        JsonObject m = JsonNode.Parse(ValidMarketJson)!.AsObject();
        change(m);
        return m.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject U(JsonObject m) => m["underlyings"]!.AsObject();
    private static JsonObject H(JsonObject m, string u) => U(m)[u]!["heston"]!.AsObject();
    private static JsonObject J(JsonObject m) => U(m)["BTC"]!["jumps"]!.AsObject();
    private static JsonObject C(JsonObject m) => m["correlation"]!.AsObject();
    private static JsonObject R(JsonObject m) => m["regimes"]!.AsObject();
    private static JsonArray T(JsonObject m) => R(m)["transitionPerDay"]!.AsArray();
    private static JsonObject O(JsonObject m) => R(m)["overrides"]!.AsObject();
    private static JsonObject K(JsonObject m) => m["costs"]!.AsObject();
}
