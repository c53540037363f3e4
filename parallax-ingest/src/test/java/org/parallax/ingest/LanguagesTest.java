package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Sentences written by the team for these tests (fictional events). */
class LanguagesTest {

  @Test
  void tellsEnglishAndTheLatinLanguagesByTheirFunctionWords() {
    assertEquals("en", Languages.guess("The minister said on Monday that the dam in the north of"
        + " the country was safe and that the report was false."));
    assertEquals("nl", Languages.guess("De minister zei maandag dat de dam in het noorden van het"
        + " land veilig is en dat het rapport niet klopt."));
    assertEquals("no", Languages.guess("Ministeren sier at demningen er trygg, og at rapporten"
        + " ikke stemmer etter det som er kjent."));
    assertEquals("sv", Languages.guess("Ministern säger att dammen är säker och att rapporten"
        + " inte stämmer med det som har hänt."));
    assertEquals("tr", Languages.guess("Bakan, barajın güvenli olduğunu ve raporun doğru"
        + " olmadığını söyledi; bu açıklama için çok daha fazla bilgi gerekiyor."));
    assertEquals("vi", Languages.guess("Bộ trưởng nói rằng con đập ở phía bắc của đất nước là an"
        + " toàn và báo cáo không đúng với những gì đã xảy ra."));
    assertEquals("id", Languages.guess("Menteri mengatakan bahwa bendungan di utara negara itu"
        + " aman dan laporan yang beredar tidak benar."));
  }

  @Test
  void tellsLanguagesByTheirScripts() {
    assertEquals("el", Languages.guess("Ο υπουργός δήλωσε ότι το φράγμα στο βόρειο τμήμα της"
        + " χώρας είναι ασφαλές."));
    assertEquals("ml", Languages.guess("അണക്കെട്ട് സുരക്ഷിതമാണെന്ന് മന്ത്രി പറഞ്ഞു, റിപ്പോർട്ട്"
        + " തെറ്റാണ്."));
    assertEquals("hi", Languages.guess("मंत्री ने कहा कि देश के उत्तर में बांध सुरक्षित है और"
        + " रिपोर्ट गलत है।"));
    assertEquals("ja", Languages.guess("大臣は月曜日、北部のダムは安全であり、報告は誤りだと述べた。"
        + "住民は落ち着いている。"));
    assertEquals("zh", Languages.guess("部长星期一说，该国北部的大坝是安全的，这份报告是错误的，"
        + "居民们很平静。"));
    assertEquals("ru", Languages.guess("Министр заявил, что плотина на севере страны безопасна, а"
        + " доклад не соответствует действительности."));
    assertEquals("uk", Languages.guess("Міністр заявив, що гребля на півночі країни безпечна, а"
        + " звіт не відповідає дійсності."));
    assertEquals("fa", Languages.guess("وزیر گفت که سد در شمال کشور امن است و گزارش درست نیست و"
        + " مردم نگران نیستند."));
    assertEquals("ur", Languages.guess("وزیر نے کہا کہ ڈیم محفوظ ہے اور رپورٹ غلط ہے، لوگ پریشان"
        + " نہیں ہیں۔"));
    assertEquals("ar", Languages.guess("قال الوزير إن السد في شمال البلاد آمن وإن التقرير غير"
        + " صحيح، والسكان هادئون."));
  }

  @Test
  void aLongTextInAnUnlistedLanguageIsUndeterminedNotEnglish() {
    String swahili = "Waziri amesema bwawa lililoko kaskazini mwa nchi ni salama kabisa, na"
        + " ripoti iliyotolewa jana si kweli. ";
    assertEquals("und", Languages.guess(swahili.repeat(5)));
    // a short text that names no function word is too little to tell
    assertNull(Languages.guess("Ostmark Kessel Ardena Valdoria"));
    assertNull(Languages.guess("Breaking"));
  }
}
