<?xml version="1.0" encoding="UTF-8"?>
<!-- Text-level elements. Fonts follow the script runs of the normalised tree: FOP picks one
     font for a whole word, so a run such as "2023年" must already be split. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:tp="urn:tei-press:normalized"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:f="urn:tei-press:functions"
    xmlns:fp="urn:tei-press:functions:private"
    exclude-result-prefixes="#all">

  <!-- Where a URL may break: a zero-width space, which FOP treats as a break opportunity. -->
  <xsl:variable name="fp:url-break" as="xs:string" select="'&#x200B;'"/>

  <!-- The language of an element that declares its own, for the tagged PDF's /Lang, and its
       font order when it switches between CJK and Western text (a Russian note in a Chinese
       report must not be set in the Han font's Cyrillic). -->
  <xsl:template name="f:lang-attribute">
    <xsl:if test="@xml:lang">
      <xsl:call-template name="f:fo-language">
        <xsl:with-param name="lang" select="@xml:lang"/>
      </xsl:call-template>
      <xsl:if test="exists(..) and f:in-cjk-context(.) ne f:in-cjk-context(..)">
        <xsl:attribute name="font-family" select="f:font-for(.)"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- xml:lang on an FO element. FOP splits it into the inherited properties language and
       country, so "ru" inside "zh-Hans" would become ru-HANS unless the country is reset. -->
  <xsl:template name="f:fo-language">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:attribute name="xml:lang" select="$lang"/>
    <xsl:if test="not(contains($lang, '-'))">
      <xsl:attribute name="country" select="'none'"/>
    </xsl:if>
    <xsl:attribute name="hyphenate" select="f:hyphenated($lang)"/>
  </xsl:template>

  <!-- Whether words in $lang may be hyphenated: hyphenate is inherited, so a Chinese phrase
       inside a Russian note must say false as surely as the note says true. -->
  <xsl:function name="f:hyphenated" as="xs:boolean">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="lower-case(substring-before($lang || '-', '-')) = $hyphenation-languages"/>
  </xsl:function>

  <!-- FOP hyphenates a paragraph by the block's language, whatever an inline inside it says, so
       a URL in an English paragraph would be hyphenated like its words ("example.org/inter-"),
       which reads as a hyphen of the URL. A block that shows a URL is therefore not hyphenated;
       its notes are blocks of their own and keep their own setting. Call after f:lang-attribute. -->
  <xsl:template name="f:hyphenation">
    <xsl:param name="block" as="element()" select="."/>
    <xsl:if test="exists($block//tei:ptr[contains(@target, ':')]
                         [not(ancestor::tei:note except $block/ancestor-or-self::tei:note)])">
      <xsl:attribute name="hyphenate" select="'false'"/>
    </xsl:if>
  </xsl:template>

  <!-- Letter spacing that lets a justified block of Chinese text end its lines flush. Western
       text justifies on its spaces and keeps its letters together. -->
  <xsl:template name="f:cjk-justification">
    <xsl:param name="cjk" as="xs:boolean" select="f:in-cjk-context(.)"/>
    <xsl:if test="$cjk">
      <xsl:attribute name="letter-spacing.minimum" select="'0pt'"/>
      <xsl:attribute name="letter-spacing.optimum" select="'0pt'"/>
      <xsl:attribute name="letter-spacing.maximum" select="$cjk-letter-stretch"/>
    </xsl:if>
  </xsl:template>

  <!-- The font for a text's own language and role: Han first in CJK text, Western first
       elsewhere, in the role's families where it has some. -->
  <xsl:function name="f:font-for" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="f:role-font(f:font-role($node), if (f:in-cjk-context($node)) then 'hani' else 'latn')"/>
  </xsl:function>

  <!-- The role a node's text is set in: heading for headings and the title (also as the
       normaliser lowers them to tp:block), abstract for the abstract and keywords, body
       elsewhere (also in a note attached to a heading). -->
  <xsl:function name="f:font-role" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="nearest" select="$node/ancestor-or-self::*[self::tei:head | self::tei:docTitle | self::tei:titlePart
                                         | self::tp:block[@role = ('heading', 'doc-title', 'title-part')]
                                         | self::tei:abstract | self::tei:keywords | self::tei:note][1]"/>
    <xsl:sequence select="if (empty($nearest) or $nearest/self::tei:note) then 'body'
                          else if ($nearest/self::tei:abstract or $nearest/self::tei:keywords) then 'abstract'
                          else 'heading'"/>
  </xsl:function>

  <!-- The family list for text of $script ('hani', 'latn') in $role ($role-fonts). -->
  <xsl:function name="f:role-font" as="xs:string">
    <xsl:param name="role" as="xs:string"/>
    <xsl:param name="script" as="xs:string"/>
    <xsl:sequence select="(map:get($role-fonts, $role) ! map:get(., $script),
                           if ($script eq 'hani') then $han-font else $western-font)[1]"
        xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- The role of a run: its node's, or for text outside the document's text (the header
       title on a title page, f:title-from-header) the role its caller passes. -->
  <xsl:function name="fp:run-role" as="xs:string">
    <xsl:param name="run" as="node()"/>
    <xsl:param name="passed" as="xs:string?"/>
    <xsl:sequence select="if (f:font-role($run) eq 'body' and exists($passed)
                              and empty($run/ancestor::tei:note)) then $passed else f:font-role($run)"/>
  </xsl:function>

  <!-- Justification spreads Han characters, never the letters of a Latin word or number. The
       quarter-em space the normalising pass asks for between Han and a Western run is set
       inside the run's own inline (fp:western-run). -->
  <xsl:template match="tp:run[@script = 'latn']">
    <xsl:param name="fp:passed-role" as="xs:string?" tunnel="yes"/>
    <xsl:call-template name="fp:western-run">
      <xsl:with-param name="font" select="f:role-font(fp:run-role(., $fp:passed-role), 'latn')"/>
      <xsl:with-param name="space-before" select="@tp:space-before = 'quarter'"/>
      <xsl:with-param name="space-after" select="@tp:space-after = 'quarter'"/>
      <xsl:with-param name="bound-after" select="@tp:bind-after = 'unit'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A Western run in the Western font, with the quarter-em spaces that set it apart from Han
       text. Each is an ordinary space: FOP breaks lines at it and drops it at a line start or
       end (U+2005, a fixed-width space, would stay and show at the start of the next line).
       Noto Serif's space is 0.26 em; the fixed word spacing makes it a quarter em and keeps
       justification from stretching it. Between a number and its unit ("2022年") the run is
       kept within the line, so FOP does not break at its trailing space.
       The spaces are visual only: the space and the run share one inline, hence one
       marked-content sequence of the tagged PDF, and fox:abbreviation carries
       $quarter-space-marker to pdf/QuarterSpaceText, which gives that sequence the run's text
       without them as /ActualText, so copying and searching find "7月4日", not "7 月 4 日". -->
  <xsl:template name="fp:western-run">
    <xsl:param name="space-before" as="xs:boolean" select="false()"/>
    <xsl:param name="space-after" as="xs:boolean" select="false()"/>
    <xsl:param name="bound-after" as="xs:boolean" select="false()"/>
    <xsl:param name="font" as="xs:string" select="$western-font"/>
    <fo:inline font-family="{$font}" letter-spacing="0pt">
      <xsl:if test="$space-before or $space-after">
        <xsl:attribute name="word-spacing" select="$quarter-space-adjustment"/>
        <xsl:attribute name="fox:abbreviation" select="$quarter-space-marker"/>
      </xsl:if>
      <xsl:if test="$bound-after">
        <xsl:attribute name="keep-together.within-line" select="'always'"/>
      </xsl:if>
      <xsl:if test="$space-before">
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="$space-after">
        <xsl:text> </xsl:text>
      </xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- Compressed punctuation (clreq 3.1.6). FOP adds letter spacing after every character,
       also after the last one of an inline: a negative letter spacing of half an em on one
       mark takes back the blank half that follows it, and justification still counts it
       (a negative space-start or space-end would leave the line half an em short). -->
  <xsl:template match="tp:punct[@squeeze = 'end']" name="fp:half-width-mark">
    <xsl:param name="mark" as="xs:string" select="string(.)"/>
    <fo:inline letter-spacing="-0.5em"><xsl:value-of select="$mark"/></fo:inline>
  </xsl:template>

  <!-- A mark compressed at its start has a blank first half, which only the mark before it can
       take back: the mark before gives up the half that follows it, the same to the eye.
       Where that mark is not text of the same parent the opening mark stays full width. -->
  <xsl:template match="tp:punct[@squeeze = 'start']">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="text()[fp:lends-half-to-next(.)]">
    <xsl:value-of select="substring(., 1, string-length() - 1)"/>
    <xsl:call-template name="fp:half-width-mark">
      <xsl:with-param name="mark" select="substring(., string-length())"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:function name="fp:lends-half-to-next" as="xs:boolean">
    <xsl:param name="text" as="text()"/>
    <xsl:variable name="last" select="substring($text, string-length($text))"/>
    <xsl:sequence select="(f:is-end-blank($last) or f:is-start-blank($last))
        and exists($text/following-sibling::node()[1][self::tp:punct[@squeeze = 'start'] | self::tei:title[@tp:open-squeeze = 'start']])"/>
  </xsl:function>

  <xsl:template match="tp:run[@script = 'hani']">
    <xsl:param name="fp:passed-role" as="xs:string?" tunnel="yes"/>
    <fo:inline font-family="{f:role-font(fp:run-role(., $fp:passed-role), 'hani')}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- The generated brackets stand outside the title's inline: FOP misplaces the negative
       space of a compressed bracket that ends an enclosing inline. -->
  <xsl:template match="tei:title">
    <xsl:call-template name="fp:bracket">
      <xsl:with-param name="mark" select="string(@tp:open)"/>
      <xsl:with-param name="squeeze" select="@tp:open-squeeze"/>
    </xsl:call-template>
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:call-template name="fp:rend"/>
      <xsl:apply-templates/>
    </fo:inline>
    <xsl:call-template name="fp:bracket">
      <xsl:with-param name="mark" select="string(@tp:close)"/>
      <xsl:with-param name="squeeze" select="@tp:close-squeeze"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A generated title bracket, compressed as the normalising pass marked it. -->
  <xsl:template name="fp:bracket">
    <xsl:param name="mark" as="xs:string"/>
    <xsl:param name="squeeze" as="attribute()?"/>
    <xsl:choose>
      <xsl:when test="$mark ne '' and $squeeze = 'end'">
        <xsl:call-template name="fp:half-width-mark">
          <xsl:with-param name="mark" select="$mark"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$mark"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Text is set as written, except that a run too long for any line gets emergency breaks
       (common/urls.xsl): FOP would otherwise set it past the margin, where it is lost. The
       joiners and directional marks (U+200C to U+200F) are left out: FOP sets them as glyphs, and
       the bundled fonts draw them as visible control pictures. They steer only the shaping of
       scripts these fonts do not have and the placing of neutral characters next to Hebrew. -->
  <xsl:template match="text()">
    <xsl:value-of select="f:emergency-breaks(replace(., '[&#x200C;-&#x200F;]', ''), $fp:url-break, true())"/>
  </xsl:template>

  <!-- Every URL is a live link; it shows the URL itself, set in the Western font. A piece
       between break points that is still too long for a line breaks anywhere. -->
  <xsl:template match="tei:ptr">
    <!-- Letters of a URL are never spread apart to justify a line; it breaks instead. -->
    <fo:basic-link external-destination="url('{@target}')" fox:alt-text="{@target}" font-family="{$western-font}"
        letter-spacing="0pt">
      <!-- Between the break points each piece is kept whole: the line breaking of Unicode
           would also break after a hyphen ("sanhajskaa-" above "organizacia"), which reads
           as hyphenation. -->
      <xsl:for-each select="tokenize(f:breakable-url(@target, $fp:url-break), $fp:url-break)">
        <xsl:if test="position() gt 1">
          <xsl:value-of select="$fp:url-break"/>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="string-length(.) ge $f:longest-unbroken-run">
            <xsl:value-of select="f:anywhere-breaks(., $fp:url-break, true())"/>
          </xsl:when>
          <xsl:otherwise>
            <fo:inline keep-together.within-line="always">
              <xsl:value-of select="."/>
            </fo:inline>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:ref[starts-with(@target, '#')]">
    <fo:basic-link internal-destination="{substring(@target, 2)}" fox:alt-text="{f:plain-text(.)}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:ref">
    <fo:basic-link external-destination="url('{@target}')" fox:alt-text="{@target}">
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:basic-link>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:pubPlace | tei:publisher
                       | tei:author | tei:editor | tei:date | tei:idno | tei:term | tei:label[not(parent::tei:list)]">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:if test="not(f:in-cjk-context(.))">
        <xsl:attribute name="font-style" select="'italic'"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- Emphasis and highlighting as the normalising pass decided (tp:rend). -->
  <xsl:template match="tei:emph | tei:hi">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:call-template name="fp:rend"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template name="fp:rend">
    <xsl:choose>
      <xsl:when test="@tp:rend = 'italic'"><xsl:attribute name="font-style" select="'italic'"/></xsl:when>
      <xsl:when test="@tp:rend = 'bold'"><xsl:attribute name="font-weight" select="'bold'"/></xsl:when>
      <xsl:when test="@tp:rend = 'underline'"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:when>
      <xsl:when test="@tp:rend = ('sup', 'sub')">
        <xsl:attribute name="baseline-shift" select="if (@tp:rend = 'sup') then 'super' else 'sub'"/>
        <xsl:attribute name="font-size" select="'70%'"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Quotations and mentioned words in the marks the normalising pass chose. -->
  <xsl:template match="tei:q | tei:quote[not(tei:p)] | tei:mentioned">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:value-of select="@tp:open"/>
      <xsl:apply-templates/>
      <xsl:value-of select="@tp:close"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:gi">
    <fo:inline font-family="{$western-font}">
      <xsl:value-of select="'&lt;' || . || '&gt;'"/>
    </fo:inline>
  </xsl:template>

  <!-- A line break inside a paragraph. -->
  <xsl:template match="tei:lb">
    <fo:block/>
  </xsl:template>

  <xsl:template match="tei:bibl[not(parent::tei:listBibl)]">
    <fo:inline>
      <xsl:call-template name="f:lang-attribute"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>
</xsl:stylesheet>
