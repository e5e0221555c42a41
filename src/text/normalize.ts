/**
 * Same-length normalisation for matching: traditional characters to
 * simplified, full-width ASCII to ASCII, the ideographic space to a space,
 * a white circle ○ to the numeral 〇.
 * Every UTF-16 unit maps to exactly one unit, so offsets into the normalised
 * text are offsets into the original: records keep the original spelling.
 */

import { OPENCC_TRAD } from './trad-simplified.js';

/** Traditional → simplified pairs that occur in official prose about these indicators (besides OpenCC's). */
const TRAD =
  '術术額额億亿萬万專专聯联資资質质貸贷權权發发請请數数計计達达項项個个與与際际務务業业產产學学廣广東东區区縣县國国標标準准來来過过為为們们會会議议總总規规較较長长幣币臺台灣湾圓圆獲获給给補补貼贴獎奖勵励費费經经營营運运轉转讓让許许協协創创開开設设動动帶带約约餘余兩两關关於于當当實实現现預预擬拟將将爭争確确稱称號号統统報报書书記记錄录認认證证價价擁拥糾纠紛纷處处辦办結结體体機机構构員员單单內内財财匯汇險险審审驗验檢检測测試试點点廳厅鎮镇鄉乡門门間间場场從从對对並并後后幾几條条種种張张筆笔隻只屆届減减傳传應应導导優优勢势強强積积極极連连續续線线網网絡络電电腦脑醫医藥药療疗車车輛辆態态環环節节綠绿華华蘇苏漢汉陽阳慶庆遼辽寧宁雲云貴贵龍龙鳳凤雙双億亿億亿週周歷历爲为費费額额權权擔担載载覽览億亿類类別别屬属獨独擊击據据據据織织組组續续積积參参與与義义舉举辦办區区團团園园廠厂礦矿鐵铁鋼钢銀银錢钱貨货買买賣卖贈赠賽赛頭头題题顯显願愿響响頁页項项預预領领風风飛飞馬马驗验鬥斗麼么黨党齊齐語语説说說说誌志認认諮咨詢询調调談谈講讲證证識识譯译護护讀读變变豐丰負负貢贡貿贸費费資资賦赋購购趨趋躍跃軟软較较輔辅輸输農农邊边還还進进適适選选遺遗遷迁郵邮鄰邻針针鏈链閉闭開开閒闲間间閣阁闆板闡阐陣阵陳陈陸陆隊队階阶隨随險险雜杂雞鸡離离難难雲云電电靈灵韓韩頒颁預预頓顿頻频顧顾額额養养館馆驅驱骨骨體体髮发鬆松魯鲁鮮鲜鳥鸟麥麦黃黄齡龄' +
  '納纳紀纪級级紅红紙纸細细終终絕绝綜综維维緊紧編编績绩縮缩繼继纖纤訊讯討讨訂订評评詞词詳详誠诚誤误課课論论諾诺謝谢賃赁賬账賴赖贊赞輕轻載载輪轮遠远遲迟鄭郑鋒锋錯错鍵键鎖锁閱阅雖虽顆颗顏颜飲饮魚鱼麗丽廢废徵征懷怀戰战擇择擴扩攜携敵敌斷断樣样樓楼橋桥歐欧歸归氣气決决沒没漲涨潛潜濟济災灾無无煙烟畫划盡尽監监盤盘碼码礎础禮礼稅税穩稳競竞範范築筑簡简糧粮罰罚聖圣聲声職职膽胆臨临舊旧艱艰藝艺蘭兰蟲虫衛卫裝装複复襲袭視视親亲覺觉觀观託托診诊該该購购贏赢趕赶跡迹蹤踪轄辖遊游遞递釋释錄录錢钱鏈链間间陸陆隊队順顺頻频勞劳儲储劃划劑剂啟启圖图執执塊块壓压壯壮備备夠够奪夺奮奋寫写層层島岛崗岗師师幫帮幹干庫库尋寻麼么問问圍围壞坏夢梦奧奥媽妈婦妇孫孙寶宝尷尴屬属幣币廈厦彈弹後后徑径總总惡恶愛爱慮虑慣惯憑凭擔担據据撥拨撫抚擊击攝摄敗败暫暂暢畅曆历極极槍枪歡欢殘残殺杀漢汉潔洁澤泽濱滨瀏浏爭争獨独獵猎瑪玛產产畝亩療疗癒愈盜盗確确稱称穀谷窮穷節节簽签籌筹紛纷紮扎絡络綁绑綠绿緣缘縣县繁繁缺缺罷罢羅罗習习聞闻膚肤臉脸舉举艦舰莊庄華华萬万葉叶蓋盖蔣蒋薦荐藥药處处號号蝦虾蠶蚕衝冲補补襯衬覽览觸触訴诉詐诈詩诗誌志誼谊請请諸诸諮咨謀谋講讲譯译讀读豐丰貓猫貝贝負负財财貢贡貧贫貨货販贩貫贯責责貴贵貿贸費费賀贺賃赁賄贿資资賈贾賓宾賜赐賞赏賠赔賢贤賣卖賤贱質质賭赌趨趋跡迹踐践躍跃軌轨軍军軒轩軟软軸轴較较輔辅輛辆輝辉輩辈輯辑輸输轉转辦办辭辞邏逻郵邮鄉乡釣钓鈔钞鈕钮鉅钜鉛铅銀银銅铜銳锐銷销鋪铺鋼钢錦锦鍊炼鍋锅鎮镇鏡镜鐘钟鑑鉴長长閃闪閉闭閒闲閣阁閥阀闊阔闖闯闢辟陣阵陰阴陳陈陷陷隱隐隸隶雜杂雞鸡離离難难雲云電电靜静韋韦韌韧頁页頂顶項项順顺須须頌颂預预頑顽頒颁頓顿領领頭头頰颊頸颈頻频題题額额顏颜願愿類类顧顾顯显飄飘飛飞飯饭飲饮飽饱飾饰養养餘余館馆饋馈饑饥騎骑騙骗驗验驚惊驟骤髮发鬧闹鬆松魯鲁鮮鲜鯨鲸鳳凤鳴鸣鴻鸿鵬鹏鹽盐麥麦黃黄點点齊齐齡龄龍龙龜龟話话絲丝紹绍謂谓兌兑釐厘妝妆劃划輯辑貸贷粵粤滬沪閩闽贛赣瀋沈' +
  // place names' characters
  '鄲郸陝陕瓊琼兗兖濰潍揚扬錫锡溫温蕪芜潯浔禪禅畢毕烏乌爾尔棗枣駐驻鶴鹤閘闸嶺岭壩坝興兴瀘泸濤涛嶼屿趙赵鄒邹樂乐嶸嵘隴陇晉晋';

const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < t.length; i++) t[i] = i;
  // OpenCC's characters first (generated, see trad-simplified.ts), then the hand-written pairs.
  for (let i = 0; i + 1 < OPENCC_TRAD.length; i += 2) t[OPENCC_TRAD.charCodeAt(i)] = OPENCC_TRAD.charCodeAt(i + 1);
  for (let i = 0; i + 1 < TRAD.length; i += 2) t[TRAD.charCodeAt(i)] = TRAD.charCodeAt(i + 1);
  // Full-width ASCII (digits, letters, ％，；：（）…) → ASCII.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20; // ideographic space
  t[0x25cb] = 0x3007; // ○ written for 〇 (二○一六年, 一億○六十萬)
  return t;
})();

/** Normalise for matching; the result has exactly the original's length. */
/** One buffer reused across documents (grown when needed): no allocation per document. */
let scratch = new Uint16Array(1 << 16);

export function normalizeForMatching(text: string): string {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = TABLE[c];
    out[i] = m;
    if (m !== c) changed = true;
  }
  if (!changed) return text;
  // A UTF-16 decoder builds one flat string (chunked String.fromCharCode
  // would build a rope that is slow to index).
  return UTF16.decode(out.subarray(0, n));
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * Every spelling of a normalised word that normalises to it (技术合同 → 技術合同,
 * 技术合同…; PCT → ＰＣＴ): to look for the word in text not yet normalised.
 * Null when there would be more than `limit` (the caller then normalises first).
 */
export function spellings(word: string, limit = 64): string[] | null {
  let out = [''];
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    const forms = [ch];
    for (const v of REVERSE.get(c) ?? []) forms.push(String.fromCharCode(v));
    const next: string[] = [];
    if (out.length * forms.length > limit) return null;
    for (const prefix of out) for (const f of forms) next.push(prefix + f);
    out = next;
  }
  return out;
}

/** Characters that normalise to each character (traditional and full-width forms). */
const REVERSE: Map<number, number[]> = (() => {
  const m = new Map<number, number[]>();
  for (let c = 0; c < TABLE.length; c++) {
    const t = TABLE[c];
    if (t === c) continue;
    let list = m.get(t);
    if (!list) m.set(t, (list = []));
    list.push(c);
  }
  return m;
})();

/** A space inside words (`签订各类技术 合同`, text taken from a PDF). */
export const SPACED_WORDS = /[\u4e00-\u9fa5] [\u4e00-\u9fa5]/;
const SPACED_WORDS_G = /([\u4e00-\u9fa5]) (?=[\u4e00-\u9fa5])/g;

/** The words with the spaces inside them removed (for the rules to read; offsets are not kept). */
export function joinSpacedWords(s: string): string {
  return s.replace(SPACED_WORDS_G, '$1');
}
