<?xml version="1.0" encoding="UTF-8"?>
<!-- Languages as data: every generated string and every typographic convention of a language
     (quotation marks, note and heading numbering, the reference list and its groups, emphasis,
     titles) is read from its locale file in ../locales/ (format: ../locales/README.md). A
     language is matched to a locale by its xml:lang: zh-TW, zh-HK, zh-MO and zh-Hant-* read
     zh-Hant; any other zh reads zh-Hans; otherwise the primary subtag (ru-RU reads ru; an ISO
     639-2 code such as eng reads its two-letter locale). A
     language without a locale, or no language at all, reads English: f:locale-notices says so,
     and the normalising pass reports it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:l="urn:tei-press:locale"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- To add a language, add its file to ../locales/ and its name here. -->
  <xsl:variable name="fp:locale-names" as="xs:string+" select="'zh-Hans', 'zh-Hant', 'en', 'ru', 'fr', 'de', 'la', 'it'"/>

  <xsl:variable name="fp:locales" as="map(xs:string, element(l:locale))" select="map:merge(
      for $name in $fp:locale-names return map:entry($name, doc('../locales/' || $name || '.xml')/l:locale))"
      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>

  <xsl:variable name="fp:fallback-locale" as="xs:string" select="'en'"/>

  <!-- ISO 639-2 codes that EpiDoc and other TEI projects write where BCP 47 has a two-letter
       code (Perseus: xml:lang="eng"): they read the same locale. -->
  <xsl:variable name="fp:two-letter" as="map(xs:string, xs:string)" select="map {
      'eng': 'en', 'rus': 'ru', 'fra': 'fr', 'fre': 'fr', 'deu': 'de', 'ger': 'de', 'lat': 'la',
      'zho': 'zh', 'chi': 'zh', 'ita': 'it', 'spa': 'es', 'por': 'pt', 'ell': 'el', 'gre': 'el',
      'heb': 'he', 'ara': 'ar', 'jpn': 'ja', 'kor': 'ko', 'nld': 'nl', 'dut': 'nl', 'ave': 'ae',
      'san': 'sa', 'pol': 'pl', 'ukr': 'uk', 'ces': 'cs', 'cze': 'cs', 'fas': 'fa', 'per': 'fa' }"/>

  <!-- The ISO 639-1 codes: a two-letter primary subtag of BCP 47 is one of these. -->
  <xsl:variable name="fp:iso-639-1" as="xs:string*" select="tokenize('aa ab ae af ak am an ar as av ay az ba
      be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr
      fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl
      km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl
      nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr
      ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu')"/>

  <!-- $lang as BCP 47 writes it, for the outputs' language attributes: a primary subtag that
       has a two-letter code ("lat") in that code ("la"), the rest as written; a tag that names
       no language BCP 47 knows (a project's own "MP") is empty, which HTML reads as "language
       unknown". Readers and accessibility checkers know "la", not "lat" (Ace: valid-lang). -->
  <xsl:function name="f:language-tag" as="xs:string" cache="yes">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="subtags" select="tokenize($lang, '-')"/>
    <xsl:variable name="primary" select="($fp:two-letter(lower-case($subtags[1])), $subtags[1])[1]"/>
    <xsl:sequence select="if (not(matches($primary, '^[A-Za-z]{2,3}$'))
                              or (string-length($primary) eq 2 and not(lower-case($primary) = $fp:iso-639-1))) then ''
                          else string-join(($primary, tail($subtags)), '-')"/>
  </xsl:function>

  <!-- The name of the locale file that serves $lang, empty when none does. -->
  <xsl:function name="f:locale-name" as="xs:string?" cache="yes">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="tag" select="lower-case($lang)"/>
    <xsl:variable name="primary" select="(for $p in tokenize($tag, '-')[1] return ($fp:two-letter($p), $p)[1])"/>
    <xsl:sequence select="
        if ($primary eq 'zh') then
          (if (matches($tag, '^zh-(hant|tw|hk|mo)(-|$)')) then 'zh-Hant' else 'zh-Hans')
        else $fp:locale-names[lower-case(.) eq $primary]"/>
  </xsl:function>

  <!-- The locale of $lang, English when there is none. -->
  <xsl:function name="f:locale" as="element(l:locale)" cache="yes">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$fp:locales((f:locale-name($lang), $fp:fallback-locale)[1])"/>
  </xsl:function>

  <!-- One sentence for each language of $document that has no locale file (and one for a document
       that declares no language): what the build falls back to. -->
  <xsl:function name="f:locale-notices" as="xs:string*">
    <xsl:param name="document" as="node()"/>
    <xsl:variable name="root" select="root($document)/*"/>
    <xsl:if test="empty($root/@xml:lang)">
      <xsl:sequence select="'The document declares no xml:lang: generated text and conventions are English (locale en).'"/>
    </xsl:if>
    <xsl:for-each select="distinct-values($root/descendant-or-self::*/@xml:lang/string())[empty(f:locale-name(.))]">
      <xsl:sequence select="'No locale for xml:lang=&quot;' || . || '&quot; (xslt/locales/): its generated text and conventions fall back to English (locale en).'"/>
    </xsl:for-each>
  </xsl:function>

  <!-- The string for $key in the language $lang; English when that locale has none. -->
  <xsl:function name="f:gentext" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="(f:locale($lang)/l:text[@key eq $key], $fp:locales($fp:fallback-locale)/l:text[@key eq $key],
                           error(xs:QName('f:l10n'), 'No generated text for key ' || $key))[1] ! string(.)"/>
  </xsl:function>
</xsl:stylesheet>
