<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated text (labels, headings the source does not contain), by language. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:f="urn:tei-press:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="f:strings" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'zh': map {
        'abstract': '摘要', 'keywords': '关键词', 'label-separator': '：', 'keyword-separator': '　',
        'toc': '目录', 'notes': '注释', 'references': '参考文献', 'back-to-text': '返回正文',
        'references-zh': '中文文献', 'references-ru': '俄文文献', 'references-other': '其他文献', 'cited-by': '见注', 'cited-by-page': '见', 'page-note': '第{page}页注{mark}', 'list-separator': '、',
        'cover': '封面', 'title-page': '题名页', 'body': '正文', 'author-note': '作者简介' },
      'en': map {
        'abstract': 'Abstract', 'keywords': 'Keywords', 'label-separator': ': ', 'keyword-separator': '; ',
        'toc': 'Contents', 'notes': 'Notes', 'references': 'References', 'back-to-text': 'Back to text',
        'references-zh': 'Chinese sources', 'references-ru': 'Russian sources', 'references-other': 'Other sources', 'cited-by': 'cited in note', 'cited-by-page': 'see', 'page-note': 'p. {page} n. {mark}', 'list-separator': ', ',
        'cover': 'Cover', 'title-page': 'Title page', 'body': 'Text', 'author-note': 'About the author' }
    }"/>

  <!-- The string for $key in the language of $context; English when the language has none. -->
  <xsl:function name="f:gentext" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="primary" select="lower-case(tokenize($lang, '-')[1])"/>
    <xsl:variable name="table" select="($f:strings($primary), $f:strings('en'))[1]"/>
    <xsl:sequence select="($table($key), $f:strings('en')($key),
                           error(xs:QName('f:l10n'), 'No generated text for key ' || $key))[1]"/>
  </xsl:function>
</xsl:stylesheet>
