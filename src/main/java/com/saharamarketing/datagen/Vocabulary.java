package com.saharamarketing.datagen;

/**
 * Small embedded word lists for {@link CrmDataGenerator}.
 *
 * <p>Written for this project: they give the generated files the shapes of the real extract
 * (apostrophes and inner capitals in surnames, a hyphenated lower-case first name, industry labels
 * with colons, slashes, parentheses and one comma) without copying its rows.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final String[] SURNAMES = {
        "Abbott", "Acosta", "Aldridge", "Archer", "Atkinson", "Bailey", "Baldwin", "Barker",
        "Beckett", "Bishop", "Blackwell", "Bradford", "Brennan", "Brooks", "Calloway", "Carver",
        "Castillo", "Chandler", "Clayton", "Collier", "Conway", "Crawford", "D'Alessio", "Dalton",
        "Davenport", "Delgado", "Dixon", "Donovan", "Draper", "Duffy", "Easton", "Ellison",
        "Emerson", "Farrow", "Fletcher", "Fowler", "Gallagher", "Garner", "Gibbs", "Goodwin",
        "Granger", "Hale", "Halvorsen", "Harper", "Hawkins", "Hendricks", "Holloway", "Ingram",
        "Irwin", "Jansen", "Jennings", "Keller", "Kendrick", "Kowalski", "Lambert", "Langley",
        "Lindqvist", "Lowell", "MacKenzie", "Maddox", "Marsh", "McAllister", "McNulty", "Mercer",
        "Moreno", "Nakamura", "Nash", "Norwood", "Oakley", "O'Connell", "O'Rourke", "Pearce",
        "Pemberton", "Prescott", "Quinlan", "Radcliffe", "Ramsey", "Reyes", "Rowland", "Sandoval",
        "Sawyer", "Sheffield", "Sinclair", "Spalding", "Stroud", "Sutton", "Talbot", "Thornton",
        "Tillman", "Underwood", "Vance", "Vasquez", "Wakefield", "Walsh", "Whitaker", "Winslow",
        "Yardley", "Zamora", "Zimmerman", "Zielinski",
    };

    /** Suffixes of the "Surname Suffix" company-name pattern. */
    static final String[] COMPANY_SUFFIXES = {"Inc", "LLC", "Group"};

    static final String[] FIRST_NAMES = {
        "Abigail", "Adrian", "Aiden", "Alma", "Ambrose", "Anneliese", "Anne-sophie", "Arturo",
        "Beatrix", "Bennett", "Bianca", "Bruno", "Callum", "Camille", "Cedric", "Celeste",
        "Dario", "Delphine", "Dmitri", "Edith", "Elio", "Elsa", "Emeric", "Esme",
        "Fabian", "Felicity", "Florin", "Gemma", "Gideon", "Greta", "Hana", "Hector",
        "Imogen", "Ines", "Ivo", "Jasper", "Juno", "Kaito", "Keira", "Lars",
        "Leonie", "Lorcan", "Lucia", "Magnus", "Maren", "Matteo", "Mira", "Nadia",
        "Niall", "Noor", "Odette", "Oskar", "Paloma", "Pavel", "Petra", "Quentin",
        "Rafael", "Rosalind", "Rune", "Sabine", "Santiago", "Selma", "Soren", "Tamsin",
        "Tobias", "Ulla", "Valentin", "Vera", "Wendell", "Wilhelmina", "Xavier", "Yara",
        "Yusuf", "Zelda", "Zoltan", "Ada", "Bo", "Cyrus", "Dagny", "Eamon",
    };

    /**
     * Industry labels, most frequent first (drawn with weight 1 / (rank + 6), so the head of the
     * list is common and the tail rare, as in the real extract).
     */
    static final String[] INDUSTRIES = {
        "Major Pharmaceuticals", "Major Banks", "Real Estate Investment Trusts", "Business Services",
        "Industrial Machinery/Components", "Computer Software: Prepackaged Software",
        "Oil & Gas Production", "Medical/Dental Instruments", "Semiconductors",
        "Telecommunications Equipment", "EDP Services", "Savings Institutions",
        "Property-Casualty Insurers", "Restaurants", "Electric Utilities: Central", "Major Chemicals",
        "Marine Transportation", "Natural Gas Distribution", "Investment Managers",
        "Radio And Television Broadcasting And Communications Equipment", "Apparel",
        "Auto Parts:O.E.M.", "Commercial Banks", "Computer Software: Programming, Data Processing",
        "Homebuilding", "Packaged Foods", "Advertising", "Hotels/Resorts", "Water Supply",
        "Coal Mining", "Biotechnology: Biological Products (No Diagnostic Substances)",
        "Trucking Freight/Courier Services", "Farming/Seeds/Milling", "Power Generation",
        "Specialty Chemicals", "Precious Metals", "Electronic Components",
        "Department/Specialty Retail Stores", "Beverages (Production/Distribution)",
        "Other Consumer Services",
    };

    static final WeightedTable INDUSTRY_TABLE = rankWeighted(INDUSTRIES, 6);

    /** US states (and DC) weighted roughly by population: TX, CA and FL dominate. */
    static final WeightedTable US_STATES = WeightedTable.of(
        "CA", 39, "TX", 38, "FL", 27, "NY", 19, "OH", 12, "GA", 11, "VA", 10, "IL", 10, "MI", 10,
        "PA", 10, "TN", 9, "MO", 8, "DC", 7, "NC", 7, "AZ", 7, "MN", 7, "LA", 7, "WA", 7, "IN", 6,
        "CO", 6, "AL", 6, "OK", 5, "MA", 5, "MD", 5, "NV", 4, "CT", 4, "NJ", 4, "KS", 4, "KY", 4,
        "SC", 4, "OR", 3, "UT", 3, "WI", 3, "IA", 3, "WV", 2, "AR", 2, "MS", 2, "ND", 2, "ID", 2,
        "NE", 2, "AK", 1, "NM", 1, "MT", 1, "HI", 1, "DE", 1, "SD", 1, "RI", 1, "ME", 1);

    /** End users are mostly outside the US, with a long tail of countries. */
    static final WeightedTable COUNTRIES = WeightedTable.of(
        "CN", 19, "ID", 12, "RU", 6, "PH", 5, "BR", 5, "PL", 4, "FR", 3, "PT", 3, "US", 3, "SE", 2,
        "CZ", 2, "CO", 2, "UA", 2, "AR", 2, "PE", 1, "TH", 1, "CA", 1, "GR", 1, "JP", 1, "VN", 1,
        "MX", 1, "NG", 1, "IE", 1, "FI", 1, "EG", 1, "CL", 1, "MY", 1, "ZA", 1, "ES", 1, "NL", 1,
        "NO", 1, "HR", 1, "KZ", 1, "DO", 1, "UG", 1, "PK", 1);

    /**
     * Region codes of end users: letters, digits and letter+digit mixed in one text column, so a
     * loader that infers types from a sample may wrongly pick an integer type.
     */
    static final WeightedTable REGION_CODES = WeightedTable.of(
        "AB", 4, "QC", 2, "ON", 2, "BC", 1, "NY", 2, "TX", 1, "FL", 1, "IL", 1, "GA", 1, "LU", 1,
        "LM", 1, "CO", 1, "AC", 2, "AN", 1, "A8", 5, "B8", 3, "A3", 1, "A9", 2, "B6", 2, "B3", 1,
        "C2", 1, "1", 1, "3", 2, "6", 2, "8", 1, "10", 2, "11", 1, "13", 2, "15", 1, "16", 1,
        "18", 1, "42", 1, "K", 1, "M", 2, "W", 1, "Y", 1, "O", 1, "C", 1, "SBH", 2, "KTN", 1,
        "COA", 1, "JAL", 1, "MOS", 1);

    // Small integer codes with the real extract's skew.
    static final WeightedTable CHANNEL_PROGRAMS = WeightedTable.of("1", 1, "2", 80, "3", 80, "4", 1);
    static final WeightedTable LOYALTY_PROGRAMS = WeightedTable.of("0", 5, "1", 93, "2", 97, "3", 5);
    static final WeightedTable SCREEN_VIEWS =
        WeightedTable.of("0", 5, "1", 95, "2", 377, "3", 424, "4", 96, "5", 3);
    static final WeightedTable MEDIUMS = WeightedTable.of("0", 23, "1", 479, "2", 469, "3", 29);
    static final WeightedTable SCREEN_RESOLUTIONS = WeightedTable.of("0", 505, "7", 485, "8", 10);

    private static WeightedTable rankWeighted(String[] values, int offset) {
        int[] weights = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            weights[i] = 100_000 / (i + offset);
        }
        return new WeightedTable(values, weights);
    }
}
