package nl.ngf.grants.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A downloaded XLSX as a user reads it: its first sheet's cells, its columns' widths. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /**
     * The cells of the first sheet, row by row (the header first), as text: a number as its value (60000000,
     * 1500000.5), a date as yyyy-mm-dd, whatever the cell's display format.
     */
    public static List<List<String>> rows(InputStream xlsx) throws IOException {
        var formatter = new DataFormatter();
        return cells(xlsx, cell -> cell.getCellType() != CellType.NUMERIC ? formatter.formatCellValue(cell)
                : DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                : java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
    }

    /**
     * The cells of the first sheet, row by row, as a spreadsheet in this language shows them: each number in its
     * display format (1.200.000,00 in Dutch), each date as the sheet formats it.
     */
    public static List<List<String>> asShown(InputStream xlsx, java.util.Locale language) throws IOException {
        return cells(xlsx, new DataFormatter(language)::formatCellValue);
    }

    private static List<List<String>> cells(InputStream xlsx, java.util.function.Function<Cell, String> text) throws IOException {
        try (var book = new XSSFWorkbook(xlsx)) {
            List<List<String>> rows = new ArrayList<>();
            for (var row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.apply(cell)));
                rows.add(cells);
            }
            return rows;
        }
    }

    /** How wide each column of the first sheet is, in characters. */
    public static List<Integer> columnWidths(InputStream xlsx) throws IOException {
        try (var book = new XSSFWorkbook(xlsx)) {
            var sheet = book.getSheetAt(0);
            List<Integer> widths = new ArrayList<>();
            for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
                widths.add(sheet.getColumnWidth(column) / 256);
            }
            return widths;
        }
    }
}
