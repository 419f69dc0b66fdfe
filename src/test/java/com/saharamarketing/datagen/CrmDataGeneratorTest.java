package com.saharamarketing.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.saharamarketing.datagen.CrmDataGenerator.Sizes;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrmDataGeneratorTest {

    private static final List<String> FILE_NAMES =
        List.of("crm_account.csv", "crm_user.csv", "ga360.csv", "users_signup_dates.csv");

    private static final String REGENERATE =
        "mvn -q compile exec:java -Dexec.mainClass=com.saharamarketing.datagen.CrmDataGenerator";

    private static final CSVFormat WITH_HEADER =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    // Sale dates: M/D/YYYY without zero padding, or zero-padded MM-DD-YYYY.
    private static final Pattern SLASH_DATE = Pattern.compile("[1-9]\\d?/[1-9]\\d?/\\d{4}");
    private static final Pattern DASH_DATE = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");
    private static final DateTimeFormatter SLASH_FORMAT =
        DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASH_FORMAT =
        DateTimeFormatter.ofPattern("MM-dd-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_FORMAT =
        DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    @TempDir
    static Path defaultData;

    @BeforeAll
    static void writeDefaultData() throws IOException {
        writeDefaults(defaultData);
    }

    private static void writeDefaults(Path dir) throws IOException {
        new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED, Sizes.DEFAULT).writeTo(dir);
    }

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        new CrmDataGenerator(42L, Sizes.DEFAULT).writeTo(first);
        new CrmDataGenerator(42L, Sizes.DEFAULT).writeTo(second);

        for (String name : FILE_NAMES) {
            assertThat(firstDifference(first, second, name)).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedWritesDifferentContent(@TempDir Path first, @TempDir Path second)
        throws IOException {
        new CrmDataGenerator(42L, Sizes.DEFAULT).writeTo(first);
        new CrmDataGenerator(43L, Sizes.DEFAULT).writeTo(second);

        for (String name : FILE_NAMES) {
            assertThat(firstDifference(first, second, name)).as(name).isNotEqualTo(-1L);
        }
    }

    @Test
    void writeToReturnsTheFourFilesInFileNameOrderAndCreatesTheDirectory(@TempDir Path tmp)
        throws IOException {
        Path dir = tmp.resolve("nested/out");

        List<Path> written = new CrmDataGenerator(1L, new Sizes(3, 2, 2, 10)).writeTo(dir);

        assertThat(written).containsExactly(FILE_NAMES.stream().map(dir::resolve).toArray(Path[]::new));
        assertThat(written).allSatisfy(file -> assertThat(file).isRegularFile());
    }

    @Test
    void headersEqualTheRealExtractHeaders() throws IOException {
        Path real = Path.of(System.getProperty("sahara.projectDir", ".")).resolve("../shared/data/crm");
        Assumptions.assumeTrue(Files.isDirectory(real),
            "../shared/data/crm is absent: no real extract to compare headers with (" + real + ")");

        for (String name : FILE_NAMES) {
            assertThat(firstLine(defaultData.resolve(name))).as(name)
                .isEqualTo(firstLine(real.resolve(name)));
        }
        assertThat(firstLine(defaultData.resolve("crm_account.csv"))).contains(",Average Sales Cycle ,");
    }

    @Test
    void filesAreUtf8WithoutBomWithLfLineEndingsAndAFinalNewline() throws IOException {
        for (String name : FILE_NAMES) {
            byte[] bytes = Files.readAllBytes(defaultData.resolve(name));
            assertThat(bytes).as(name).doesNotContain((byte) '\r');
            assertThat(bytes[0]).as(name + " starts without a BOM").isNotEqualTo((byte) 0xEF);
            assertThat(bytes[bytes.length - 1]).as(name + " ends with a newline").isEqualTo((byte) '\n');
            assertThat(bytes[bytes.length - 2]).as(name + " has no trailing empty line")
                .isNotEqualTo((byte) '\n');
        }
    }

    @Test
    void defaultSizesGiveTheDocumentedRowCounts() throws IOException {
        assertThat(read("crm_account.csv")).hasSize(600);
        assertThat(read("crm_user.csv")).hasSize(400);
        assertThat(read("ga360.csv")).hasSize(500);
        assertThat(read("users_signup_dates.csv")).hasSize(3000);
    }

    @Test
    void defaultDataHoldsTheRealExtractsQuirks() throws IOException {
        String accountsText = Files.readString(defaultData.resolve("crm_account.csv"));
        List<CSVRecord> accounts = read("crm_account.csv");
        List<CSVRecord> users = read("crm_user.csv");

        assertThat(accounts).extracting(r -> r.get("Annual Revenue"))
            .allMatch(v -> v.matches("\\$\\d+\\.\\d{2}"), "money like $208282.78");
        assertThat(accounts).extracting(r -> r.get("First Sale Date"))
            .anyMatch(v -> SLASH_DATE.matcher(v).matches())
            .anyMatch(v -> DASH_DATE.matcher(v).matches());
        assertThat(accountsText).as("a quoted name holding a comma, like \"Dibbert, Pagac and Bartell\"")
            .containsPattern(",\"[A-Z][A-Za-z']+, [A-Z][A-Za-z']+ and [A-Z][A-Za-z']+\",");
        assertThat(accounts).extracting(r -> r.get("Industry")).contains("");
        assertThat(accounts).extracting(r -> r.get("Country Code"), r -> r.get("Site"))
            .allMatch(pair -> pair.toList().equals(List.of("US", "US")));
        assertThat(users).extracting(r -> r.get("Age")).contains("");
        assertThat(users).extracting(r -> r.get("State_Code"))
            .contains("")
            .anyMatch(v -> v.matches("\\d+"))
            .anyMatch(v -> v.matches("[A-Z]+"))
            .anyMatch(v -> v.matches("[A-Z]\\d"));
        assertThat(users).extracting(r -> r.get("LifeTime_Value"))
            .contains("0.0")
            .anyMatch(v -> v.matches("\\d+\\.\\d{10,}"));
    }

    @Test
    void gaVisitsBarelyJoinCrmUsersAndEveryKeyResolves() throws IOException {
        Set<String> accountNumbers = column(read("crm_account.csv"), "Account Number");
        List<CSVRecord> users = read("crm_user.csv");
        Set<String> userIds = column(users, "User_ID");
        List<CSVRecord> visits = read("ga360.csv");
        Set<String> signedUp = column(read("users_signup_dates.csv"), "User_ID");

        Map<String, Integer> visitsPerCrmUser = new HashMap<>();
        for (CSVRecord visit : visits) {
            if (userIds.contains(visit.get("User_ID"))) {
                visitsPerCrmUser.merge(visit.get("User_ID"), 1, Integer::sum);
            }
        }
        assertThat(visitsPerCrmUser.size()).as("distinct ga360 users found in crm_user.csv")
            .isBetween(20, 40);
        assertThat(visitsPerCrmUser.values()).as("some crm users visit twice").contains(2);
        assertThat(users).extracting(r -> r.get("Account_ID")).allMatch(accountNumbers::contains);
        assertThat(missingFrom(signedUp, userIds)).as("crm users without a sign-up row").isEmpty();
        assertThat(missingFrom(signedUp, column(visits, "User_ID"))).as("visitors without a sign-up row")
            .isEmpty();
        assertThat(visits).allMatch(r -> r.get("visitStartTime").equals(r.get("Visit_ID")));
    }

    @Test
    void everyDateIsARealCalendarDateAndLastSaleFollowsFirstSale() throws IOException {
        for (CSVRecord account : read("crm_account.csv")) {
            LocalDate first = saleDate(account.get("First Sale Date"));
            LocalDate last = saleDate(account.get("Last Sale Date"));
            assertThat(last).as("account %s", account.get("Account Number")).isAfter(first);
        }
        for (CSVRecord visit : read("ga360.csv")) {
            LocalDate.parse(visit.get("Activity_Date"), ISO_FORMAT);
        }
        for (CSVRecord signup : read("users_signup_dates.csv")) {
            LocalDate.parse(signup.get("Signup_Date"), ISO_FORMAT);
        }
    }

    @Test
    void aboutEightyPercentOfAccountsWonMoreThanOneOpportunity() throws IOException {
        List<CSVRecord> accounts = read("crm_account.csv");

        long moreThanOne = accounts.stream()
            .filter(r -> Integer.parseInt(r.get("Num Opportunities Won")) > 1)
            .count();

        assertThat((double) moreThanOne / accounts.size()).isBetween(0.70, 0.90);
    }

    @Test
    void outputIsIdenticalUnderTurkishAndGermanDefaultLocales(@TempDir Path tmp) throws IOException {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            writeDefaults(tmp.resolve("tr"));
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            writeDefaults(tmp.resolve("de"));
        } finally {
            Locale.setDefault(original);
        }

        for (String name : FILE_NAMES) {
            assertThat(firstDifference(defaultData, tmp.resolve("tr"), name)).as("tr_TR " + name)
                .isEqualTo(-1L);
            assertThat(firstDifference(defaultData, tmp.resolve("de"), name)).as("de_DE " + name)
                .isEqualTo(-1L);
        }
    }

    @Test
    void repositoryDataFolderEqualsTheGeneratorsDefaultOutput() throws IOException {
        Path repoData = Path.of(System.getProperty("sahara.projectDir", ".")).resolve("data");

        for (String name : FILE_NAMES) {
            Path committed = repoData.resolve(name);
            String howToFix = "data/" + name + " is missing or differs from the generator's output;"
                + " regenerate it from the project directory with: " + REGENERATE;
            assertThat(Files.isRegularFile(committed)).as(howToFix).isTrue();
            assertThat(firstDifference(repoData, defaultData, name)).as(howToFix).isEqualTo(-1L);
        }
    }

    @Test
    void largerSizesKeepIdsUniqueAndEveryUserSignedUp(@TempDir Path tmp) throws IOException {
        Sizes sizes = new Sizes(2_000, 5_000, 20_000, 40_000);
        new CrmDataGenerator(7L, sizes).writeTo(tmp);

        List<CSVRecord> users = readFrom(tmp, "crm_user.csv");
        List<CSVRecord> visits = readFrom(tmp, "ga360.csv");
        List<CSVRecord> signups = readFrom(tmp, "users_signup_dates.csv");
        Set<String> userIds = column(users, "User_ID");
        Set<String> signedUp = column(signups, "User_ID");

        assertThat(userIds).hasSize(sizes.users());
        assertThat(signedUp).hasSize(sizes.signups());
        assertThat(missingFrom(signedUp, userIds)).as("crm users without a sign-up row").isEmpty();
        assertThat(missingFrom(signedUp, column(visits, "User_ID"))).as("visitors without a sign-up row")
            .isEmpty();
        assertThat(column(visits, "Visit_ID")).hasSize(sizes.visits());
        long joined = column(visits, "User_ID").stream().filter(userIds::contains).count();
        assertThat(joined).as("crm users among visitors scale with visits").isBetween(1_000L, 1_400L);
    }

    @Test
    void accountsOfSizeReachTheTargetWithTheRowsOfTheDefaultAccounts(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("accounts.csv");
        long target = 200_000;

        long rows = new CrmDataGenerator(CrmDataGenerator.DEFAULT_SEED, Sizes.DEFAULT)
            .writeAccountsOfSize(file, target);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) rows + 1);
        long size = Files.size(file);
        long lastLine = lines.get(lines.size() - 1).length() + 1;
        assertThat(size).as("at least the target, and not one row more than needed")
            .isGreaterThanOrEqualTo(target).isLessThan(target + lastLine);
        List<String> defaults = Files.readAllLines(defaultData.resolve("crm_account.csv"), StandardCharsets.UTF_8);
        assertThat(rows).isGreaterThan(defaults.size());
        assertThat(lines.subList(0, defaults.size())).as("account n is the same row as in crm_account.csv")
            .isEqualTo(defaults);
    }

    @Test
    void extraTablesAreDistinctAccountShapedFilesIndependentOfTheirCount(@TempDir Path tmp) throws IOException {
        CrmDataGenerator generator = new CrmDataGenerator(7L, Sizes.DEFAULT);

        List<Path> three = generator.writeExtraTables(tmp.resolve("three"), 3, 50);
        List<Path> two = generator.writeExtraTables(tmp.resolve("two"), 2, 50);

        assertThat(three).extracting(p -> p.getFileName().toString())
            .containsExactly("extra_001.csv", "extra_002.csv", "extra_003.csv");
        assertThat(Files.mismatch(three.get(0), two.get(0))).isEqualTo(-1L);
        assertThat(Files.mismatch(three.get(1), two.get(1))).isEqualTo(-1L);
        assertThat(Files.mismatch(three.get(0), three.get(1))).isNotEqualTo(-1L);
        for (Path file : three) {
            assertThat(firstLine(file)).isEqualTo(firstLine(defaultData.resolve("crm_account.csv")));
            assertThat(readFrom(file.getParent(), file.getFileName().toString())).hasSize(50);
        }
        assertThatThrownBy(() -> generator.writeExtraTables(tmp, 1000, 1)).hasMessageContaining("count");
    }

    @Test
    void zeroSizesWriteHeaderOnlyFiles(@TempDir Path tmp) throws IOException {
        new CrmDataGenerator(1L, new Sizes(0, 0, 0, 0)).writeTo(tmp);

        for (String name : FILE_NAMES) {
            assertThat(Files.readAllLines(tmp.resolve(name))).as(name).hasSize(1);
        }
    }

    @Test
    void sizesRejectCountsThatCannotHoldTheKeys() {
        assertThatThrownBy(() -> new Sizes(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sizes(0, 1, 0, 1)).hasMessageContaining("account");
        assertThatThrownBy(() -> new Sizes(1, 10, 10, 19)).hasMessageContaining("signups");
    }

    private static LocalDate saleDate(String text) {
        if (SLASH_DATE.matcher(text).matches()) {
            return LocalDate.parse(text, SLASH_FORMAT);
        }
        if (DASH_DATE.matcher(text).matches()) {
            return LocalDate.parse(text, DASH_FORMAT);
        }
        throw new DateTimeParseException("neither M/D/YYYY nor MM-DD-YYYY", text, 0);
    }

    /** The offset of the first differing byte of the two directories' files, or -1 if identical. */
    private static long firstDifference(Path dir, Path otherDir, String name) throws IOException {
        return Files.mismatch(dir.resolve(name), otherDir.resolve(name));
    }

    private static String firstLine(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int c = reader.read(); c != -1 && c != '\n' && c != '\r'; c = reader.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    private static List<CSVRecord> read(String name) throws IOException {
        return readFrom(defaultData, name);
    }

    private static List<CSVRecord> readFrom(Path dir, String name) throws IOException {
        try (CSVParser parser =
                 CSVParser.parse(dir.resolve(name), StandardCharsets.UTF_8, WITH_HEADER)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    /** Plain set difference: AssertJ's containsAll compares element by element, too slow here. */
    private static Set<String> missingFrom(Set<String> all, Set<String> wanted) {
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(all);
        return missing;
    }

    private static Set<String> column(List<CSVRecord> records, String header) {
        Set<String> values = new HashSet<>();
        for (CSVRecord record : records) {
            values.add(record.get(header));
        }
        return values;
    }
}
