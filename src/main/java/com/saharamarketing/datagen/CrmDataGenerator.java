package com.saharamarketing.datagen;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Seeded, deterministic generator of CSV files shaped like the CRM sample extract: accounts,
 * users, GA360 visits and user sign-up dates, with every quirk a loader must survive.
 *
 * <p>The four files written by {@link #writeTo(Path)} are {@code crm_account.csv},
 * {@code crm_user.csv}, {@code ga360.csv} and {@code users_signup_dates.csv}. They carry the real
 * extract's headers (including the trailing space of {@code "Average Sales Cycle "}), money as
 * {@code $208282.78}, the two sale-date formats {@code 5/19/2015} and {@code 12-03-2018} mixed in
 * one column, quoted company names holding commas, empty text and integer cells, a region column
 * mixing letters and digits, and GA360 visits whose users barely join {@code crm_user.csv}. Every
 * user of {@code crm_user.csv} and {@code ga360.csv} has a row in {@code users_signup_dates.csv}.
 *
 * <p>Each file's bytes depend only on the seed and the {@link Sizes}: not on the JVM, the default
 * locale, the platform line separator or the order the files are written in. Rows are streamed to
 * disk one at a time, so sizes in the millions need no more memory than the defaults.
 *
 * <p>Usage:
 * <pre>{@code
 * // The repository's own data/ folder:
 * CrmDataGenerator generator =
 *     new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED, CrmDataGenerator.Sizes.DEFAULT);
 * List<Path> written = generator.writeTo(Path.of("data"));
 *
 * // A benchmark-sized variant:
 * new CrmDataGenerator(7L, new CrmDataGenerator.Sizes(250_000, 1_000_000, 2_000_000, 5_000_000))
 *     .writeTo(Path.of("target/bench-data"));
 * }</pre>
 * From the project directory, {@code mvn -q compile exec:java
 * -Dexec.mainClass=com.saharamarketing.datagen.CrmDataGenerator} writes the defaults into
 * {@code ./data}.
 */
public final class CrmDataGenerator {

    /** The seed of the repository's own {@code data/} folder. */
    public static final long DEFAULT_SEED = 20240607L;

    /**
     * Row counts of the four files.
     *
     * @param accounts rows of {@code crm_account.csv}
     * @param users rows of {@code crm_user.csv}; needs at least one account to refer to
     * @param visits rows of {@code ga360.csv}
     * @param signups rows of {@code users_signup_dates.csv}; at least {@code users + visits}, so
     *     that every user of the other files can have a sign-up row
     */
    public record Sizes(int accounts, int users, int visits, int signups) {

        /** Small files for the repository's {@code data/} folder, still holding every quirk. */
        public static final Sizes DEFAULT = new Sizes(600, 400, 500, 3000);

        public Sizes {
            if (accounts < 0 || users < 0 || visits < 0 || signups < 0) {
                throw new IllegalArgumentException("sizes must not be negative: " + this);
            }
            if (users > 0 && accounts == 0) {
                throw new IllegalArgumentException("users need at least one account: " + this);
            }
            if ((long) signups < (long) users + visits) {
                throw new IllegalArgumentException(
                    "signups must be at least users + visits, so every user has a sign-up row: " + this);
            }
        }
    }

    private static final String ACCOUNTS_FILE = "crm_account.csv";
    private static final String USERS_FILE = "crm_user.csv";
    private static final String VISITS_FILE = "ga360.csv";
    private static final String SIGNUPS_FILE = "users_signup_dates.csv";

    // Headers exactly as in the real extract, trailing space of "Average Sales Cycle " included.
    private static final List<String> ACCOUNT_HEADER = List.of("Account Number", "Account Source",
        "Annual Revenue", "State Code", "Country Code", "Channel Program Name", "Industry", "Name",
        "Number of employees", "Ownership", "Rating", "Site", "Type", "Year Started",
        "Total Opportunity Amount", "First Sale Date", "Last Sale Date", "Average Sales Cycle ",
        "Number of Renewals", "Num Opportunities Won", "Num Opportunities Lost");
    private static final List<String> USER_HEADER = List.of("User_ID", "Account_ID", "Name",
        "Loyalty_Program", "State_Code", "Country_Code", "LifeTime_Value", "Age");
    private static final List<String> VISIT_HEADER = List.of("Visit_ID", "User_ID", "Activity_Date",
        "visitStartTime", "timeOnScreen", "timeOnSite", "UniqueScreenViews", "Medium",
        "screenResolution");
    private static final List<String> SIGNUP_HEADER = List.of("User_ID", "Signup_Date");

    /** The real extract uses LF line endings (and ends with one); never the platform's. */
    private static final String LINE_END = "\n";

    /** Quotes a field only when it needs it, e.g. {@code "Dibbert, Pagac and Bartell"}. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setRecordSeparator(LINE_END)
        .setQuoteMode(QuoteMode.MINIMAL)
        .get();

    // Windows of the real extract: first sales span three years, last sales the year after.
    private static final LocalDate FIRST_SALE_FROM = LocalDate.of(2015, 2, 6);
    private static final LocalDate FIRST_SALE_TO = LocalDate.of(2018, 2, 3);
    private static final LocalDate LAST_SALE_FROM = LocalDate.of(2018, 2, 4);
    private static final LocalDate LAST_SALE_TO = LocalDate.of(2019, 2, 3);
    // Sign-ups and visits span 1900 to 2019, denser in recent decades.
    private static final LocalDate HISTORY_FROM = LocalDate.of(1900, 1, 1);
    private static final LocalDate RECENT_FROM = LocalDate.of(2010, 1, 1);
    private static final LocalDate SIGNUP_TO = LocalDate.of(2019, 11, 30);
    private static final LocalDate ACTIVITY_TO = LocalDate.of(2019, 12, 31);

    /** Share of visits' users that are crm_user.csv users: "keys that barely join". */
    private static final double JOINED_USERS_PER_VISIT = 0.06;

    // Salts that give each file and each id mapping its own random stream from one seed.
    private static final long ACCOUNTS_SALT = 1;
    private static final long USERS_SALT = 2;
    private static final long VISITS_SALT = 3;
    private static final long SIGNUP_DATE_SALT = 4;
    private static final long USER_ID_SALT = 5;
    private static final long SIGNUP_ORDER_SALT = 6;
    private static final long VISIT_SLOT_SALT = 7;
    private static final long JOINED_USER_SALT = 8;
    private static final long VISIT_ID_SALT = 9;
    /** Extra table i uses salt EXTRA_TABLE_SALT + i. */
    private static final long EXTRA_TABLE_SALT = 1_000;

    private final long seed;
    private final Sizes sizes;

    // Id layout, computed without holding rows: sign-up row r belongs to user id userIds(r) + 1;
    // crm user j owns sign-up row signupOrder(j), visit-only user t owns row signupOrder(users + t).
    private final Permutation userIds;
    private final Permutation signupOrder;
    private final long signupDateKey;

    /**
     * @param seed any value; the same seed and sizes always give the same bytes
     * @param sizes row counts of the four files, e.g. {@link Sizes#DEFAULT}
     */
    public CrmDataGenerator(long seed, Sizes sizes) {
        this.seed = seed;
        this.sizes = Objects.requireNonNull(sizes, "sizes");
        // ~1.3 ids per sign-up leaves gaps in the id range, as in the real extract.
        this.userIds = new Permutation(sizes.signups() + sizes.signups() * 3L / 10, key(USER_ID_SALT));
        this.signupOrder = new Permutation(sizes.signups(), key(SIGNUP_ORDER_SALT));
        this.signupDateKey = key(SIGNUP_DATE_SALT);
    }

    /**
     * Writes the four CSV files into {@code dir}, creating it if needed and overwriting files of
     * the same names.
     *
     * @return the paths written, in file-name order
     */
    public List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path accounts = dir.resolve(ACCOUNTS_FILE);
        Path users = dir.resolve(USERS_FILE);
        Path visits = dir.resolve(VISITS_FILE);
        Path signups = dir.resolve(SIGNUPS_FILE);
        writeAccounts(accounts);
        writeUsers(users);
        writeVisits(visits);
        writeSignups(signups);
        return List.of(accounts, users, visits, signups);
    }

    /**
     * Writes the default data set ({@link #DEFAULT_SEED}, {@link Sizes#DEFAULT}).
     *
     * <p>Usage: {@code CrmDataGenerator [outputDir]}; the directory defaults to {@code data}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            System.err.println("usage: CrmDataGenerator [outputDir]   (default: data)");
            System.exit(2);
        }
        Path dir = Path.of(args.length == 1 ? args[0] : "data");
        for (Path file : new CrmDataGenerator(DEFAULT_SEED, Sizes.DEFAULT).writeTo(dir)) {
            System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
        }
    }

    // ---- crm_account.csv ----

    private void writeAccounts(Path file) throws IOException {
        Random random = newRandom(ACCOUNTS_SALT);
        try (CSVPrinter out = open(file, ACCOUNT_HEADER)) {
            for (long number = 1; number <= sizes.accounts(); number++) {
                writeAccount(out, random, number);
            }
        }
    }

    /**
     * Writes a {@code crm_account.csv}-shaped file of at least {@code targetBytes} bytes (rows are
     * added until the file reaches it), for benchmarks at any size. The rows are those that
     * {@link #writeTo} would write with that many accounts: account {@code n} is the same row in
     * both, so the file depends only on the seed and {@code targetBytes}.
     *
     * <pre>{@code
     * long rows = new CrmDataGenerator(7L, Sizes.DEFAULT)
     *     .writeAccountsOfSize(Path.of("target/bench/accounts-100mb.csv"), 100L << 20);
     * }</pre>
     *
     * @return the number of data rows written (the header excluded)
     */
    public long writeAccountsOfSize(Path file, long targetBytes) throws IOException {
        if (targetBytes < 0) {
            throw new IllegalArgumentException("targetBytes must not be negative: " + targetBytes);
        }
        Random random = newRandom(ACCOUNTS_SALT);
        long number = 0;
        try (CountingWriter counter = new CountingWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
             CSVPrinter out = open(counter, ACCOUNT_HEADER)) {
            while (counter.count() < targetBytes) {
                writeAccount(out, random, ++number);
            }
        }
        return number;
    }

    /**
     * Writes {@code count} extra {@code crm_account.csv}-shaped tables of {@code rows} rows each,
     * named {@code extra_001.csv}, {@code extra_002.csv}, ...: a data folder with many tables for
     * synthesis benchmarks. Table {@code i} draws from its own stream of the seed, so the files
     * differ from each other and from {@code crm_account.csv}, and do not depend on {@code count}.
     *
     * @return the paths written, in file-name order
     */
    public List<Path> writeExtraTables(Path dir, int count, int rows) throws IOException {
        if (count < 0 || count > 999 || rows < 0) {
            throw new IllegalArgumentException(
                "count must be 0..999 and rows not negative: count " + count + ", rows " + rows);
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int table = 1; table <= count; table++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "extra_%03d.csv", table));
            Random random = newRandom(EXTRA_TABLE_SALT + table);
            try (CSVPrinter out = open(file, ACCOUNT_HEADER)) {
                for (long number = 1; number <= rows; number++) {
                    writeAccount(out, random, number);
                }
            }
            written.add(file);
        }
        return written;
    }

    private static void writeAccount(CSVPrinter out, Random random, long number) throws IOException {
        out.print(number);
        out.print(between(random, 1, 5));                                  // Account Source
        out.print(money(70_000 + random.nextInt(99_930_000)));             // Annual Revenue
        out.print(Vocabulary.US_STATES.pick(random));
        out.print("US");                                                   // Country Code
        out.print(Vocabulary.CHANNEL_PROGRAMS.pick(random));
        out.print(random.nextInt(100) < 23 ? "" : Vocabulary.INDUSTRY_TABLE.pick(random));
        out.print(companyName(random));
        out.print(between(random, 50, 99_999));                            // employees
        out.print(between(random, 1, 4));                                  // Ownership
        out.print(between(random, 1, 3));                                  // Rating
        out.print("US");                                                   // Site
        out.print(between(random, 1, 7));                                  // Type
        out.print(between(random, 1900, 2000));                            // Year Started
        out.print(between(random, 10_000, 999_999));                       // Opportunity Amount
        out.print(saleDate(dateBetween(random, FIRST_SALE_FROM, FIRST_SALE_TO)));
        out.print(saleDate(dateBetween(random, LAST_SALE_FROM, LAST_SALE_TO)));
        out.print(between(random, 30, 90));                                // Average Sales Cycle
        out.print(between(random, 1, 5));                                  // Number of Renewals
        out.print(between(random, 1, 5));                                  // Won: 80% above one
        out.print(between(random, 1, 5));                                  // Lost
        out.println();
    }

    /** Cents as the extract's money text: {@code $97949.70}, no thousands separator. */
    static String money(long cents) {
        long fraction = cents % 100;
        return "$" + cents / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /**
     * The extract writes a sale date as {@code MM-DD-YYYY} when its day could also be read as a
     * month (day 1 to 12) and as {@code M/D/YYYY} otherwise: a spreadsheet round-trip artefact that
     * mixes two formats (about 40% / 60%) in one column. Every date stays a valid calendar date.
     */
    static String saleDate(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (day <= 12) {
            return twoDigits(month) + "-" + twoDigits(day) + "-" + date.getYear();
        }
        return month + "/" + day + "/" + date.getYear();
    }

    /** Faker-like company names; about a third hold commas and so get quoted. */
    private static String companyName(Random random) {
        String first = pick(random, Vocabulary.SURNAMES);
        int pattern = random.nextInt(100);
        if (pattern < 35) {
            return first + "-" + otherSurname(random, first);
        }
        if (pattern < 68) {
            String second = otherSurname(random, first);
            String third;
            do {
                third = otherSurname(random, first);
            } while (third.equals(second));
            return first + ", " + second + " and " + third;
        }
        if (pattern < 92) {
            return first + " " + pick(random, Vocabulary.COMPANY_SUFFIXES);
        }
        return first + " and Sons";
    }

    private static String otherSurname(Random random, String not) {
        String name;
        do {
            name = pick(random, Vocabulary.SURNAMES);
        } while (name.equals(not));
        return name;
    }

    // ---- crm_user.csv ----

    private void writeUsers(Path file) throws IOException {
        Random random = newRandom(USERS_SALT);
        int accounts = sizes.accounts();
        try (CSVPrinter out = open(file, USER_HEADER)) {
            for (long user = 0; user < sizes.users(); user++) {
                out.print(userId(signupOrder.apply(user)));
                // Mean of two uniform draws: middle accounts get several users, edge ones none.
                out.print(1 + ((long) random.nextInt(accounts) + random.nextInt(accounts)) / 2);
                out.print(pick(random, Vocabulary.FIRST_NAMES));
                out.print(Vocabulary.LOYALTY_PROGRAMS.pick(random));
                out.print(random.nextInt(100) < 85 ? "" : Vocabulary.REGION_CODES.pick(random));
                out.print(Vocabulary.COUNTRIES.pick(random));
                out.print(lifetimeValue(random));
                out.print(random.nextInt(100) < 1 ? "" : age(random));
                out.println();
            }
        }
    }

    /**
     * Lifetime values as the extract prints them: ratios with up to 17 significant digits
     * ({@code 144663.08108108107}), a cluster of round values near 340,000, other round values and
     * a few {@code 0.0}. BigDecimal keeps the digits independent of the JDK's double printing.
     */
    private static String lifetimeValue(Random random) {
        int kind = random.nextInt(1000);
        if (kind < 5) {
            return "0.0";
        }
        if (kind < 175) {
            return (339_000 + 100 * random.nextInt(21)) + ".0";
        }
        if (kind < 240) {
            return logUniform(random, 100, 650_000) / 100 * 100 + ".0";
        }
        if (kind < 300) {
            return logUniform(random, 50, 650_000) + "." + random.nextInt(10);
        }
        int count = between(random, 3, 59);
        long average = random.nextBoolean()
            ? logUniform(random, 40, 650_000)
            : between(random, 1_000, 650_000);
        long total = average * count + random.nextInt(count);
        BigDecimal value = BigDecimal.valueOf(total)
            .divide(BigDecimal.valueOf(count), new MathContext(17, RoundingMode.HALF_EVEN))
            .stripTrailingZeros();
        return value.scale() > 0 ? value.toPlainString() : value.setScale(1).toPlainString();
    }

    private static String age(Random random) {
        long age = Math.round(41.5 + 6 * random.nextGaussian());
        return Long.toString(Math.max(23, Math.min(64, age)));
    }

    // ---- ga360.csv ----

    private void writeVisits(Path file) throws IOException {
        Random random = newRandom(VISITS_SALT);
        long visits = sizes.visits();
        long users = sizes.users();
        // A few dozen crm users visit (a fifth of them twice); all other visits come from users
        // who are not in crm_user.csv, about 5% of those visiting twice.
        long joinedUsers = Math.min(users, Math.round(visits * JOINED_USERS_PER_VISIT));
        long joinedVisits = joinedUsers + joinedUsers / 5;
        long otherVisits = visits - joinedVisits;
        long otherUsers = otherVisits - otherVisits / 20;
        // Slots order the visits: slot s < joinedVisits is a crm user's visit; shuffled by row.
        Permutation slots = new Permutation(visits, key(VISIT_SLOT_SALT));
        Permutation joined = new Permutation(users, key(JOINED_USER_SALT));
        Permutation visitIds = new Permutation(Math.max(999_999L, 2 * visits), key(VISIT_ID_SALT));
        try (CSVPrinter out = open(file, VISIT_HEADER)) {
            for (long row = 0; row < visits; row++) {
                long slot = slots.apply(row);
                long signupRow = slot < joinedVisits
                    ? signupOrder.apply(joined.apply(slot % joinedUsers))
                    : signupOrder.apply(users + (slot - joinedVisits) % otherUsers);
                long visitId = 1 + visitIds.apply(row);
                out.print(visitId);
                out.print(userId(signupRow));
                out.print(activityDate(random, signupDate(signupRow)).toString());
                out.print(visitId);                                                // visitStartTime
                out.print(clampedGaussian(random, 500, 125, 120, 940));            // timeOnScreen
                out.print(clampedGaussian(random, 100, 24, 10, 180));              // timeOnSite
                out.print(Vocabulary.SCREEN_VIEWS.pick(random));
                out.print(Vocabulary.MEDIUMS.pick(random));
                out.print(Vocabulary.SCREEN_RESOLUTIONS.pick(random));
                out.println();
            }
        }
    }

    /** Half the visits fall on the sign-up day; the others mostly after it, some before. */
    private static LocalDate activityDate(Random random, LocalDate signup) {
        int mode = random.nextInt(10);
        double u = random.nextDouble();
        LocalDate date;
        if (mode < 5) {
            date = signup;
        } else if (mode < 8) {
            date = signup.plusDays(1 + (long) (u * u * 20_000));
        } else {
            date = signup.minusDays(1 + (long) (u * u * 9_000));
        }
        return date.isBefore(HISTORY_FROM) ? HISTORY_FROM
            : date.isAfter(ACTIVITY_TO) ? ACTIVITY_TO : date;
    }

    // ---- users_signup_dates.csv ----

    private void writeSignups(Path file) throws IOException {
        try (CSVPrinter out = open(file, SIGNUP_HEADER)) {
            for (long row = 0; row < sizes.signups(); row++) {
                out.print(userId(row));
                out.print(signupDate(row).toString());
                out.println();
            }
        }
    }

    private long userId(long signupRow) {
        return 1 + userIds.apply(signupRow);
    }

    /**
     * A sign-up row's date, computed from a hash of the row rather than a running random stream,
     * so ga360.csv can read any user's sign-up date without storing the sign-up file.
     */
    private LocalDate signupDate(long signupRow) {
        long h1 = Permutation.mix64(signupDateKey ^ Permutation.mix64(signupRow));
        long h2 = Permutation.mix64(h1);
        if (unit(h1) < 0.05) {
            return dateAt(RECENT_FROM, SIGNUP_TO, unit(h2));
        }
        // The larger of two uniforms: density rises linearly from 1900 towards 2010.
        double fraction = Math.max(unit(h2), unit(Permutation.mix64(h2)));
        return dateAt(HISTORY_FROM, RECENT_FROM.minusDays(1), fraction);
    }

    // ---- helpers ----

    private static CSVPrinter open(Path file, List<String> header) throws IOException {
        return open(Files.newBufferedWriter(file, StandardCharsets.UTF_8), header);
    }

    private static CSVPrinter open(Writer writer, List<String> header) throws IOException {
        try {
            // Written verbatim: CSVPrinter would quote "Average Sales Cycle " for its trailing
            // space, which the real extract does not. No header holds a comma or a quote.
            writer.write(String.join(",", header));
            writer.write(LINE_END);
            return new CSVPrinter(writer, FORMAT);
        } catch (IOException | RuntimeException e) {
            writer.close();
            throw e;
        }
    }

    /** Counts the characters written; every generated character is ASCII, so they are bytes. */
    private static final class CountingWriter extends FilterWriter {
        private long count;

        CountingWriter(Writer out) {
            super(out);
        }

        long count() {
            return count;
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            count++;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(chars, offset, length);
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text, offset, length);
            count += length;
        }
    }

    private long key(long salt) {
        return Permutation.mix64(seed ^ Permutation.mix64(salt));
    }

    /** java.util.Random's algorithm is specified, so its draws are the same on every JVM. */
    private Random newRandom(long salt) {
        return new Random(key(salt));
    }

    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static LocalDate dateBetween(Random random, LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** The date at {@code fraction} (in [0, 1)) of the way from {@code from} to {@code to}. */
    private static LocalDate dateAt(LocalDate from, LocalDate to, double fraction) {
        return from.plusDays((long) (fraction * (ChronoUnit.DAYS.between(from, to) + 1)));
    }

    /** StrictMath, not Math: its results are bit-identical on every platform. */
    private static long logUniform(Random random, double min, double max) {
        return Math.round(min * StrictMath.exp(random.nextDouble() * StrictMath.log(max / min)));
    }

    private static long clampedGaussian(Random random, double mean, double sd, long min, long max) {
        return Math.max(min, Math.min(max, Math.round(mean + sd * random.nextGaussian())));
    }

    /** The top 53 bits of a hash as a double in [0, 1). */
    private static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
