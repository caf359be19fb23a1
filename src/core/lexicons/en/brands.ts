import type { LexiconEntry } from '../types.ts';

export interface BrandEntry extends LexiconEntry {
  /**
   * A platform organisations publish on themselves (podcasts on Spotify, apps on the App Store): "our podcast is
   * available on Spotify" says where to find our work, so "available on" and "get … on" don't count for it.
   */
  channel?: boolean;
}

const wp = (title: string) => `https://en.wikipedia.org/wiki/${title}`;

/**
 * Well-known commercial brands, products, services and apps. The product rule only looks these up inside
 * promotional constructions ("switch to X", "highly recommend X", "available at X", "get the X app"), never
 * as bare words, so "the Amazon rainforest" or "Apple was founded in 1976" stay quiet. Matched exactly as
 * written: brand names are proper nouns, and several are also ordinary words in lower case (apple, target,
 * zoom, notion, slack, signal). The user's `vocabulary.brands` extends this list (case-insensitively).
 * Deliberately absent: non-profits and free-knowledge partners (Mozilla, the Internet Archive, OpenStreetMap,
 * Creative Commons), which Wikimedia posts mention as allies rather than as products, and the social networks the
 * accounts themselves post on (Instagram, TikTok, WhatsApp, YouTube): "follow us on Instagram" is not an ad.
 */
export const brands: readonly BrandEntry[] = [
  // Phones, computers and devices
  { text: 'Apple', channel: true, note: 'Consumer electronics maker; its name is an ordinary word only in lower case.', source: wp('Apple_Inc.') },
  { text: 'iPhone', note: 'Apple smartphone.', source: wp('IPhone') },
  { text: 'iPad', note: 'Apple tablet.', source: wp('IPad') },
  { text: 'MacBook', note: 'Apple laptop line.', source: wp('MacBook') },
  { text: 'AirPods', note: 'Apple earbuds.', source: wp('AirPods') },
  { text: 'Apple Watch', note: 'Apple smartwatch.', source: wp('Apple_Watch') },
  { text: 'Samsung', note: 'Electronics maker.', source: wp('Samsung_Electronics') },
  { text: 'Galaxy S24', note: 'Samsung phone model, the kind of name a product post would use.', source: wp('Samsung_Galaxy_S24') },
  { text: 'Google Pixel', note: 'Google phone line.', source: wp('Pixel_(smartphone)') },
  { text: 'Pixel', note: 'Google phone line, named alone ("switch to Pixel").', source: wp('Pixel_(smartphone)') },
  { text: 'OnePlus', note: 'Phone maker.', source: wp('OnePlus') },
  { text: 'Xiaomi', note: 'Phone and electronics maker.', source: wp('Xiaomi') },
  { text: 'Redmi', note: 'Xiaomi\'s budget phone line.', source: wp('Redmi') },
  { text: 'Fairphone', note: 'Phone maker.', source: wp('Fairphone') },
  { text: 'Starlink', note: 'Satellite internet service (SpaceX).', source: wp('Starlink') },
  { text: 'Safaricom', note: 'Kenyan mobile network and M-Pesa operator.', source: wp('Safaricom') },
  { text: 'Telcel', note: 'Mexican mobile network.', source: wp('Telcel') },
  { text: 'Proton Mail', note: 'Encrypted e-mail service.', source: wp('Proton_Mail') },
  { text: 'Huawei', note: 'Phone and network equipment maker.', source: wp('Huawei') },
  { text: 'Dell', note: 'Computer maker.', source: wp('Dell') },
  { text: 'Lenovo', note: 'Computer maker.', source: wp('Lenovo') },
  { text: 'ThinkPad', note: 'Lenovo laptop line.', source: wp('ThinkPad') },
  { text: 'Microsoft Surface', note: 'Microsoft tablet and laptop line.', source: wp('Microsoft_Surface') },
  { text: 'Kindle', note: 'Amazon e-reader.', source: wp('Amazon_Kindle') },
  { text: 'Nikon', note: 'Camera maker.', source: wp('Nikon') },
  { text: 'Canon', note: 'Camera maker; "canon" in lower case is a body of works.', source: wp('Canon_Inc.') },
  { text: 'Sony', note: 'Electronics and camera maker.', source: wp('Sony') },
  { text: 'GoPro', note: 'Action camera maker.', source: wp('GoPro') },
  { text: 'Fujifilm', note: 'Camera maker.', source: wp('Fujifilm') },
  { text: 'PlayStation', note: 'Sony games console.', source: wp('PlayStation') },
  { text: 'Xbox', note: 'Microsoft games console.', source: wp('Xbox') },
  { text: 'Nintendo', note: 'Games console maker.', source: wp('Nintendo') },
  { text: 'Bose', note: 'Headphone and speaker maker.', source: wp('Bose_Corporation') },
  { text: 'Tesla', note: 'Car maker.', source: wp('Tesla,_Inc.') },
  { text: 'Toyota', note: 'Car maker.', source: wp('Toyota') },

  // Software, apps and online services
  { text: 'Microsoft', note: 'Software company.', source: wp('Microsoft') },
  { text: 'Google', note: 'Search and advertising company.', source: wp('Google') },
  { text: 'Chrome', note: 'Google web browser.', source: wp('Google_Chrome') },
  { text: 'Gmail', note: 'Google email service.', source: wp('Gmail') },
  { text: 'ChatGPT', note: 'OpenAI chatbot service.', source: wp('ChatGPT') },
  { text: 'OpenAI', note: 'AI company.', source: wp('OpenAI') },
  { text: 'Claude', note: 'Anthropic chatbot service; also a given name, hence only inside constructions.', source: wp('Claude_(language_model)') },
  { text: 'Gemini', note: 'Google chatbot service.', source: wp('Gemini_(chatbot)') },
  { text: 'Copilot', note: 'Microsoft AI assistant.', source: wp('Microsoft_Copilot') },
  { text: 'Grammarly', note: 'Writing assistant subscription, often promoted with codes.', source: wp('Grammarly') },
  { text: 'Duolingo', note: 'Language-learning app.', source: wp('Duolingo') },
  { text: 'Notion', note: 'Note-taking app; "notion" in lower case is an ordinary word.', source: wp('Notion_(productivity_software)') },
  { text: 'Slack', note: 'Workplace chat service; "slack" in lower case is an ordinary word.', source: wp('Slack_(software)') },
  { text: 'Zoom', note: 'Video-call service; "zoom" in lower case is an ordinary word.', source: wp('Zoom_(software)') },
  { text: 'Dropbox', note: 'File storage service.', source: wp('Dropbox') },
  { text: 'Canva', note: 'Design app.', source: wp('Canva') },
  { text: 'Adobe', note: 'Software company.', source: wp('Adobe_Inc.') },
  { text: 'Photoshop', note: 'Adobe image editor.', source: wp('Adobe_Photoshop') },
  { text: 'Squarespace', note: 'Website builder, a common podcast and video sponsor.', source: wp('Squarespace') },
  { text: 'Shopify', note: 'E-commerce platform.', source: wp('Shopify') },
  { text: 'NordVPN', note: 'VPN subscription, a common sponsor with promo codes.', source: wp('NordVPN') },
  { text: 'ExpressVPN', note: 'VPN subscription, a common sponsor with promo codes.', source: wp('ExpressVPN') },
  { text: 'Surfshark', note: 'VPN subscription.', source: wp('Surfshark') },
  { text: 'Audible', note: 'Audiobook subscription.', source: wp('Audible_(service)') },
  { text: 'Skillshare', note: 'Online course subscription.', source: wp('Skillshare') },
  { text: 'Coursera', note: 'Online course platform.', source: wp('Coursera') },
  { text: 'Netflix', note: 'Streaming service.', source: wp('Netflix') },
  { text: 'Spotify', channel: true, note: 'Music streaming service.', source: wp('Spotify') },
  { text: 'Disney+', note: 'Streaming service.', source: wp('Disney+') },
  { text: 'Hulu', note: 'Streaming service.', source: wp('Hulu') },
  { text: 'Prime Video', note: 'Amazon streaming service.', source: wp('Amazon_Prime_Video') },
  { text: 'YouTube Premium', note: 'YouTube subscription.', source: wp('YouTube_Premium') },
  { text: 'Uber', note: 'Ride-hailing app.', source: wp('Uber') },
  { text: 'Lyft', note: 'Ride-hailing app.', source: wp('Lyft') },
  { text: 'Airbnb', note: 'Lodging marketplace.', source: wp('Airbnb') },
  { text: 'Booking.com', note: 'Travel booking site.', source: wp('Booking.com') },
  { text: 'Revolut', note: 'Banking app.', source: wp('Revolut') },
  { text: 'PayPal', note: 'Payment service.', source: wp('PayPal') },
  { text: 'Honey', note: 'Coupon browser extension; "honey" in lower case is food.', source: wp('Honey_(software)') },
  { text: 'HelloFresh', note: 'Meal-kit subscription, a common sponsor.', source: wp('HelloFresh') },

  // Shops and marketplaces
  { text: 'Amazon', note: 'Online retailer; also the river and rainforest, hence only inside constructions.', source: wp('Amazon_(company)') },
  { text: 'eBay', note: 'Online marketplace.', source: wp('EBay') },
  { text: 'Etsy', note: 'Online marketplace.', source: wp('Etsy') },
  { text: 'Walmart', note: 'Retailer.', source: wp('Walmart') },
  { text: 'Target', note: 'US retailer; "target" in lower case is an ordinary word.', source: wp('Target_Corporation') },
  { text: 'Best Buy', note: 'Electronics retailer.', source: wp('Best_Buy') },
  { text: 'Costco', note: 'Retailer.', source: wp('Costco') },
  { text: 'IKEA', note: 'Furniture retailer.', source: wp('IKEA') },
  { text: 'AliExpress', note: 'Online marketplace.', source: wp('AliExpress') },
  { text: 'Temu', note: 'Online marketplace.', source: wp('Temu') },
  { text: 'Shein', note: 'Online fashion retailer.', source: wp('Shein') },
  { text: 'Flipkart', note: 'Indian online retailer.', source: wp('Flipkart') },
  { text: 'Mercado Libre', note: 'Latin American online marketplace.', source: wp('Mercado_Libre') },
  { text: 'App Store', channel: true, note: 'Apple app shop.', source: wp('App_Store_(Apple)') },
  { text: 'Google Play', channel: true, note: 'Google app shop.', source: wp('Google_Play') },

  // Food, drink and clothing
  { text: 'Coca-Cola', note: 'Soft drink.', source: wp('Coca-Cola') },
  { text: 'Coke', note: 'Soft drink.', source: wp('Coca-Cola') },
  { text: 'Pepsi', note: 'Soft drink.', source: wp('Pepsi') },
  { text: 'Red Bull', note: 'Energy drink.', source: wp('Red_Bull') },
  { text: 'Starbucks', note: 'Coffee chain.', source: wp('Starbucks') },
  { text: "McDonald's", note: 'Fast-food chain.', source: wp("McDonald's") },
  { text: 'Nespresso', note: 'Coffee machines and capsules.', source: wp('Nespresso') },
  { text: 'Nike', note: 'Sportswear maker.', source: wp('Nike,_Inc.') },
  { text: 'Adidas', note: 'Sportswear maker.', source: wp('Adidas') },
  { text: 'Uniqlo', note: 'Clothing retailer.', source: wp('Uniqlo') },
];
