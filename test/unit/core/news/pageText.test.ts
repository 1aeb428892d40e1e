import { pageFileName, pageTextHtml } from '../../../../src/core/news/pageText';

describe('pageTextHtml (the text web part of a news page)', () => {
  it('keeps simple markup as it is', () => {
    expect(pageTextHtml('<p>Elke <strong>dinsdag</strong> om <em>12:15</em>.</p><ul><li>water</li></ul>')).toBe(
      '<p>Elke <strong>dinsdag</strong> om <em>12:15</em>.</p><ul><li>water</li></ul>'
    );
  });

  it('drops scripts, event handlers, styles and unknown tags, keeping harmless text', () => {
    const html = pageTextHtml('<p onclick="x()">Hoi<script>alert(1)</script><img src=x onerror=alert(2)><span style="color:red">rood</span></p><!-- <b>nee</b> -->');
    expect(html).toBe('<p>Hoirood</p>');
  });

  it('keeps only http(s) and mailto links, without other attributes', () => {
    expect(pageTextHtml('<p><a href="https://stella.example/x?a=1&amp;b=2" target="_blank" onmouseover="y()">link</a></p>')).toBe(
      '<p><a href="https://stella.example/x?a=1&amp;b=2">link</a></p>'
    );
    expect(pageTextHtml('<p><a href="javascript:alert(1)">klik</a></p>')).toBe('<p><a>klik</a></p>');
    expect(pageTextHtml("<p><a href='mailto:vitaal@maastricht.example'>mail</a></p>")).toBe('<p><a href="mailto:vitaal@maastricht.example">mail</a></p>');
  });

  it('turns plain text into escaped paragraphs', () => {
    expect(pageTextHtml('Eerste regel\nTweede & derde\n\nNieuw blok met 3 > 2')).toBe('<p>Eerste regel<br>Tweede &amp; derde</p><p>Nieuw blok met 3 &gt; 2</p>');
    expect(pageTextHtml('   ')).toBe('');
  });
});

describe('pageFileName', () => {
  it('makes a file name of letters, digits and dashes', () => {
    expect(pageFileName('Café-avond: één keer per week!')).toBe('Cafe-avond-een-keer-per-week.aspx');
    expect(pageFileName('***')).toBe('Nieuwsbericht.aspx');
  });
});
